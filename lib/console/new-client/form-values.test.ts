import { describe, expect, it } from 'vitest';
import { analyze, presets } from '@/lib/metadata';
import { emptyFormValues, formValuesToMetadata, metadataToFormValues } from './form-values';
import { clientFormSchema } from './form-schema';

describe('form values and metadata', () => {
  it('round-trips every preset unchanged', () => {
    for (const preset of presets) {
      const metadata = preset.metadata();
      const { values, extras } = metadataToFormValues(metadata);
      expect(formValuesToMetadata(values, extras), preset.id).toEqual(metadata);
    }
  });

  it('leaves out blank text, blank rows and unset options, but always sends the flow lists', () => {
    const metadata = formValuesToMetadata({
      ...emptyFormValues,
      client_name: '  ',
      redirect_uris: [{ value: '' }, { value: ' https://a.example/cb ' }],
      token_endpoint_auth_method: 'none',
    });
    expect(metadata).toEqual({ redirect_uris: ['https://a.example/cb'], token_endpoint_auth_method: 'none', grant_types: [], response_types: [] });
  });

  it('parses JWKS text, contacts lines and max age', () => {
    const metadata = formValuesToMetadata({
      ...emptyFormValues,
      jwks: '{"keys":[{"kty":"EC"}]}',
      contacts: 'a@example.com\n\n b@example.com, c@example.com',
      default_max_age: '3600',
      require_auth_time: true,
    });
    expect(metadata).toMatchObject({
      jwks: { keys: [{ kty: 'EC' }] },
      contacts: ['a@example.com', 'b@example.com', 'c@example.com'],
      default_max_age: 3600,
      require_auth_time: true,
    });
  });

  it('keeps fields the form has no input for, so a fix cannot lose them', () => {
    const { values, extras } = metadataToFormValues({ client_name: 'A', sector_identifier_uri: 'https://a.example/s.json', grant_types: ['implicit'] });
    expect(extras).toEqual({ sector_identifier_uri: 'https://a.example/s.json' });
    expect(formValuesToMetadata(values, extras)).toMatchObject({ client_name: 'A', sector_identifier_uri: 'https://a.example/s.json' });
  });

  it('turns a fixed draft back into form values', () => {
    const broken = { ...presets.find((preset) => preset.id === 'machine-to-machine')!.metadata(), token_endpoint_auth_method: 'none' };
    const fix = analyze(broken).errors.find((finding) => finding.fix)!.fix!;
    const { values } = metadataToFormValues(fix.apply(broken));
    expect(values.token_endpoint_auth_method).toBe('client_secret_basic');
    expect(analyze(formValuesToMetadata(values)).errors).toEqual([]);
  });
});

describe('form schema', () => {
  it('accepts preset values and refuses JWKS that is not JSON or not a JWK Set', () => {
    const { values } = metadataToFormValues(presets[0]!.metadata());
    expect(clientFormSchema.safeParse(values).success).toBe(true);
    const notJson = clientFormSchema.safeParse({ ...values, jwks: '{' });
    expect(notJson.success).toBe(false);
    const notSet = clientFormSchema.safeParse({ ...values, jwks: '[1]' });
    expect(notSet.error?.issues[0]?.path).toEqual(['jwks']);
    expect(clientFormSchema.safeParse({ ...values, default_max_age: '1.5' }).success).toBe(false);
  });
});
