import { presets, type MetadataDraft, type PresetId } from '@/lib/metadata';

export type StartingPoint = PresetId | 'custom';

/**
 * Custom starts as the most common shape, a confidential code-flow client, so the only things it
 * asks for at first are the ones no default can supply: a name and a redirect URI (an empty row,
 * ready to type in; blank rows are never sent).
 */
const custom: MetadataDraft = {
  client_name: '',
  grant_types: ['authorization_code'],
  response_types: ['code'],
  token_endpoint_auth_method: 'client_secret_basic',
  redirect_uris: [''],
};

export function startingMetadata(start: StartingPoint): MetadataDraft {
  if (start === 'custom') return structuredClone(custom);
  const preset = presets.find((candidate) => candidate.id === start);
  return preset ? { ...preset.metadata() } : structuredClone(custom);
}
