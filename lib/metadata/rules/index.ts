import type { Rule } from '../rule';
import { clientAuthRules } from './client-auth';
import { clientInfoRules } from './client-info';
import { deprecatedGrantRules } from './deprecated';
import { flowRules } from './flows';
import { jwksRules } from './jwks';
import { openIdRules } from './openid';
import { policyRules } from './policy';
import { publicClientRules } from './public-clients';
import { redirectUriRules } from './redirect-uris';
import { scopeRules } from './scope';
import { shapeRules } from './shape';
import { capabilityRules } from './support';

export interface RuleGroup {
  readonly title: string;
  readonly rules: readonly Rule[];
}

/** The catalogue by topic, in the order findings are reported. */
export const ruleGroups: readonly RuleGroup[] = [
  { title: 'Document shape', rules: shapeRules },
  { title: 'Redirect URIs', rules: redirectUriRules },
  { title: 'Grant types and response types', rules: flowRules },
  { title: 'Deprecated grants', rules: deprecatedGrantRules },
  { title: 'Public clients', rules: publicClientRules },
  { title: 'Client authentication', rules: clientAuthRules },
  { title: 'Client keys', rules: jwksRules },
  { title: 'OpenID Connect', rules: openIdRules },
  { title: 'Client information', rules: clientInfoRules },
  { title: 'Scopes', rules: scopeRules },
  { title: 'Server capabilities', rules: capabilityRules },
  { title: 'Registration policy', rules: policyRules },
];

export const rules: readonly Rule[] = ruleGroups.flatMap((group) => group.rules);
