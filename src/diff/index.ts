/** Breaking-change detection: base versus head apiDefinition.swagger.json, keyed by operationId. */
export { breakingChanges, describePlace, diffSwaggers, toFinding, type BreakingChange, type DiffOptions, type Place } from './compare';
export { swaggerFromBytes, swaggerFromJsonFile, swaggerFromText, SWAGGER_FILE, type ParsedSwagger, type SwaggerProblem, type SwaggerVersion } from './document';
export { breakingChangesAgainstBase, type BaseComparison } from './against-base';
export { BREAKING_RULES, BREAKING_RULE_IDS } from './rules';
