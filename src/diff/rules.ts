import type { RuleMeta } from '../model/rule';
import { BOTH } from '../../rules/lib/programs';
import { reviewThread, SOURCES } from '../../rules/lib/sources';
import { SWAGGER_FILE } from './document';

/**
 * The breaking-change rules: base-versus-head comparisons of apiDefinition.swagger.json, run by `connector-precheck
 * diff` and by pull-request mode. They mirror what Microsoft's change validator (ValidateChange, run by the
 * PowerPlatformConnectors pipeline on updates) reports; where reviewers pasted its wording, it is the validator code.
 */
const ROWS = ['pr-breaking-changes'];

function breakingRule(meta: Omit<RuleMeta, 'severity' | 'programs' | 'file' | 'criterion'> & { criterion: { text: string; url: string } }): RuleMeta {
  return { ...meta, severity: 'error', programs: [...BOTH], file: SWAGGER_FILE, criterion: { ...meta.criterion, rows: [...ROWS] } };
}

export const OPERATION_REMOVED = breakingRule({
  id: 'breaking-operation-removed',
  description: 'No operationId of the previous version is missing (a renamed operationId counts as a removed operation).',
  criterion: {
    text: 'Flows and apps call an operation by its operationId; deleting or renaming it breaks them. Retire an operation by deprecating it, not by deleting it.',
    url: SOURCES.deprecation,
  },
  validatorCodes: ['The operation has been deleted. This change breaks existing flows.'],
  fix: 'Restore the operation under its old operationId; to replace it, add a new operation and mark the old one deprecated.',
});

export const OPERATION_PATH_CHANGED = breakingRule({
  id: 'breaking-operation-path-changed',
  description: 'An operation that keeps its operationId keeps its path template.',
  criterion: {
    text: 'Changing the path of an existing operation changes the request existing flows send; a new path needs a new operation revision.',
    url: SOURCES.versioning,
  },
  validatorCodes: ['The path template has been changed for the operation.'],
  fix: 'Keep the old path for this operationId, and add a new operation (e.g. a _V2 revision) for the new path.',
});

export const OPERATION_METHOD_CHANGED = breakingRule({
  id: 'breaking-operation-method-changed',
  description: 'An operation that keeps its operationId keeps its HTTP method.',
  criterion: {
    text: 'Changing the HTTP method of an existing operation changes the request existing flows send; it needs a new operation revision.',
    url: SOURCES.versioning,
  },
  fix: 'Keep the old method for this operationId, and add a new operation (e.g. a _V2 revision) for the new method.',
});

export const REQUIRED_PARAMETER_ADDED = breakingRule({
  id: 'breaking-required-parameter-added',
  description: 'No required input (parameter or body property) is added to an existing operation, and no optional input becomes required.',
  criterion: {
    text: 'Existing flows do not send an input that did not exist or was optional when they were built, so a new required input makes them fail.',
    url: SOURCES.versioning,
  },
  validatorCodes: ['The required input field has been added. Existing flows will not send this new field.'],
  fix: 'Make the new input optional (or internal with a default value), or add it in a new operation revision.',
});

export const PARAMETER_REMOVED = breakingRule({
  id: 'breaking-parameter-removed',
  description: 'No input (parameter or body property) of an existing operation is removed or renamed.',
  criterion: {
    text: 'Existing flows send the inputs they were built with; removing or renaming one loses the value users set.',
    url: SOURCES.versioning,
  },
  fix: 'Keep the input (mark it deprecated in its description if it no longer has an effect), or add a new operation revision.',
});

export const PARAMETER_TYPE_CHANGED = breakingRule({
  id: 'breaking-parameter-type-changed',
  description: 'An input of an existing operation keeps its type, format and item type.',
  criterion: {
    text: 'Values stored in existing flows were entered for the old type; changing the type or format of an input can make them invalid.',
    url: SOURCES.versioning,
  },
  fix: 'Keep the old type and format, or add the input with its new type in a new operation revision.',
});

export const PARAMETER_LOCATION_CHANGED = breakingRule({
  id: 'breaking-parameter-location-changed',
  description: 'A parameter of an existing operation stays where it is sent (path, query, header, body or formData).',
  criterion: {
    text: 'Moving a parameter (for example from query to header) changes the request existing flows send.',
    url: reviewThread(3648),
  },
  validatorCodes: ['The location has been changed for the parameter.'],
  fix: 'Keep the parameter in its old location ("in"), or add a new operation revision that sends it elsewhere.',
});

export const INPUT_ENUM_ADDED = breakingRule({
  id: 'breaking-input-enum-added',
  description: 'No list of allowed values (enum) is added to an input that accepted any value.',
  criterion: {
    text: 'Existing flows may send values outside a newly added list of allowed values.',
    url: reviewThread(619),
  },
  validatorCodes: ['The list of enum values has been added to the input field. Existing flows may use values outside of this list.'],
  fix: 'Offer the values as suggestions with x-ms-dynamic-values or a description instead of an enum, or add a new operation revision.',
});

export const INPUT_ENUM_VALUE_REMOVED = breakingRule({
  id: 'breaking-input-enum-value-removed',
  description: 'No allowed value is removed from the enum of an existing input.',
  criterion: {
    text: 'Existing flows may send a value that the input no longer allows.',
    url: SOURCES.versioning,
  },
  fix: 'Keep the removed value in the enum (the service can still map it), or add a new operation revision.',
});

export const OUTPUT_ENUM_VALUE_ADDED = breakingRule({
  id: 'breaking-output-enum-value-added',
  description: 'No value is added to the enum of an existing output field.',
  criterion: {
    text: 'Flows that branch on an output value (conditions, switch cases) do not handle a value that could not occur before.',
    url: SOURCES.versioning,
  },
  fix: 'Return one of the existing values, or remove the enum from the output and document the values in its description.',
});

export const RESPONSE_PROPERTY_REMOVED = breakingRule({
  id: 'breaking-response-property-removed',
  description: 'No output field of an existing operation is removed from its success response.',
  criterion: {
    text: 'Flows use output fields as dynamic content in later steps; removing a field breaks every step that uses it.',
    url: SOURCES.versioning,
  },
  validatorCodes: ['The output field has been deleted.'],
  fix: 'Keep the output field in the response schema (it may be deprecated in its description), or add a new operation revision.',
});

export const RESPONSE_TYPE_CHANGED = breakingRule({
  id: 'breaking-response-type-changed',
  description: 'An output field of an existing operation keeps its type and format.',
  criterion: {
    text: 'Later steps of existing flows read an output with its old type; a new type or format breaks the expressions that use it.',
    url: reviewThread(3910),
  },
  validatorCodes: ['The type has been changed for the output field.', 'The type format has been changed for the output field.'],
  fix: 'Keep the old type and format for the field; return the new shape in a new field or a new operation revision.',
});

export const TITLE_CHANGED = breakingRule({
  id: 'breaking-title-changed',
  description: 'info.title of an existing connector does not change.',
  criterion: {
    text: 'The title is the published connector name; reviewers reject a changed title on an update, and the old title must keep validating.',
    url: reviewThread(3500),
  },
  fix: 'Restore the previous info.title; a new name needs to be agreed with Microsoft outside the update.',
});

export const TRIGGER_CHANGED = breakingRule({
  id: 'breaking-trigger-changed',
  description: 'An existing operation keeps its kind: an action stays an action, and a trigger keeps its x-ms-trigger type (single or batch).',
  criterion: {
    text: 'Flows are built on an operation as an action or as a trigger of a given type; changing x-ms-trigger changes how every existing flow uses it.',
    url: SOURCES.extensions,
  },
  fix: 'Restore the previous x-ms-trigger value, and add a new operation for the new kind of trigger or action.',
});

export const VISIBILITY_INTERNAL = breakingRule({
  id: 'breaking-visibility-internal',
  description: 'An existing operation or input that users could see is not made x-ms-visibility "internal".',
  criterion: {
    text: 'An internal operation disappears from the designer and an internal input can no longer be set by users, so existing flows that use them cannot be edited as built.',
    url: SOURCES.extensions,
  },
  fix: 'Keep the previous visibility ("advanced" hides without removing); deprecate an operation instead of hiding it.',
});

export const SECURITY_CHANGED = breakingRule({
  id: 'breaking-security-changed',
  description: 'The authentication type (securityDefinitions type and OAuth flow) of an existing connector does not change.',
  criterion: {
    text: 'Every existing connection was created with the old authentication; changing its type invalidates all of them.',
    url: SOURCES.submitCertification,
  },
  fix: 'Keep the previous authentication type; publish a new authentication type as a new connector or agree the migration with Microsoft.',
});

/** Every breaking-change rule, for the catalog (`connector-precheck rules`, `explain`, reporters). */
export const BREAKING_RULES: readonly RuleMeta[] = [
  OPERATION_REMOVED,
  OPERATION_PATH_CHANGED,
  OPERATION_METHOD_CHANGED,
  REQUIRED_PARAMETER_ADDED,
  PARAMETER_REMOVED,
  PARAMETER_TYPE_CHANGED,
  PARAMETER_LOCATION_CHANGED,
  INPUT_ENUM_ADDED,
  INPUT_ENUM_VALUE_REMOVED,
  OUTPUT_ENUM_VALUE_ADDED,
  RESPONSE_PROPERTY_REMOVED,
  RESPONSE_TYPE_CHANGED,
  TITLE_CHANGED,
  TRIGGER_CHANGED,
  VISIBILITY_INTERNAL,
  SECURITY_CHANGED,
];

export const BREAKING_RULE_IDS: ReadonlySet<string> = new Set(BREAKING_RULES.map((r) => r.id));
