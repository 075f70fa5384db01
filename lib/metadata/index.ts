export { analyze, type AnalyzeResult } from './analyze';
export {
  DEVICE_CODE_GRANT,
  serverCapabilities,
  type GrantType,
  type ResponseType,
  type ServerCapabilities,
  type TokenEndpointAuthMethod,
} from './capabilities';
export {
  buildContext,
  isAuthMethodAllowed,
  isGrantAllowed,
  registrantLabel,
  defaultContext,
  defaultPolicy,
  type AnalyzeContext,
  type AnalyzeContextInput,
  type RegistrantKind,
  type RegistrantLimits,
  type RegistrationPolicy,
} from './context';
export { explanations, type Explanation, type Explanations } from './explanations';
export { presets, type Preset, type PresetId } from './presets';
export { registrationError, type RegistrationErrorBody } from './registration-error';
export type { Rule, RuleDefinition, RuleFix, RuleHit } from './rule';
export { ruleGroups, rules, type RuleGroup } from './rules';
export {
  clientMetadataSchema,
  fieldNames,
  localizableFields,
  type ClientMetadata,
  type FieldName,
  type LocalizedKey,
  type NormalizedClientMetadata,
} from './schema';
export type { Finding, FindingFix, MetadataDraft, OAuthErrorCode, Severity, SpecRef } from './types';
