/**
 * The documented policy templates of apiProperties.json (criteria.md section 7): their template parameters
 * (`x-ms-apimTemplateParameter.<name>`), required and optional.
 */
export interface PolicyTemplate {
  required: string[];
  optional: string[];
  /** The template also states the policy section (`x-ms-apimTemplate-policySection`) values it accepts. */
  sections: string[];
}

const REQUEST_RESPONSE = ['Request', 'Response'];

export const POLICY_TEMPLATES: Record<string, PolicyTemplate> = {
  dynamichosturl: { required: ['urlTemplate'], optional: [], sections: REQUEST_RESPONSE },
  routerequesttoendpoint: { required: ['newPath'], optional: ['httpMethod'], sections: REQUEST_RESPONSE },
  setheader: { required: ['name', 'value'], optional: ['existsAction'], sections: ['Request', 'Response', 'Failure'] },
  setqueryparameter: { required: ['name', 'value'], optional: ['existsAction'], sections: REQUEST_RESPONSE },
  setproperty: {
    required: ['newPropertyParentPathTemplate', 'newPropertySubPathTemplate', 'propertyValuePathTemplate'],
    optional: [],
    sections: REQUEST_RESPONSE,
  },
  setvaluefromurl: { required: ['parameterTemplate', 'parameterValueUrl', 'parameterValuePathTemplate'], optional: ['httpMethod'], sections: REQUEST_RESPONSE },
  convertarraytoobject: { required: ['propertyParentPath', 'keyWithinCollectionPath', 'newPropertyPath'], optional: ['propertySubPath', 'retainKey'], sections: REQUEST_RESPONSE },
  convertobjecttoarray: { required: ['propertyParentPath', 'newPropertyPath'], optional: ['propertySubPath', 'keyName', 'valueName'], sections: REQUEST_RESPONSE },
  stringtoarray: { required: ['propertyParentPath', 'delimiterList', 'childPropertyName', 'newPropertyPath'], optional: ['propertySubPath'], sections: REQUEST_RESPONSE },
  stringreplace: { required: ['propertyParentPath', 'sourceString', 'replacementString', 'newPropertyPath'], optional: ['propertySubPath'], sections: REQUEST_RESPONSE },
  encodepropertyvalue: { required: ['propertyParentPath', 'newPropertyPath'], optional: ['propertySubPath'], sections: REQUEST_RESPONSE },
  pollingtrigger: { required: ['triggerConfig', 'triggerDataPath'], optional: [], sections: REQUEST_RESPONSE },
  updatenextlink: { required: ['nextLinkPropertyName'], optional: ['nextLinkParentPropertyPath'], sections: REQUEST_RESPONSE },
};

/** Template ids found in accepted certified connectors but not documented: tolerated with a warning. */
export const UNDOCUMENTED_TEMPLATES = ['setconnectionstatustounauthenticated', 'dynamicsubdomain', 'moveproperties'];

/** The documented template with this id, compared case-insensitively (the schema accepts PascalCase aliases). */
export function policyTemplate(templateId: string): PolicyTemplate | undefined {
  return Object.prototype.hasOwnProperty.call(POLICY_TEMPLATES, templateId.toLowerCase()) ? POLICY_TEMPLATES[templateId.toLowerCase()] : undefined;
}
