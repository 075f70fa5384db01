'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { formFieldForPath, groupByFormField, pathInDescription } from '@/lib/console/new-client/field-paths';
import { clientFormSchema } from '@/lib/console/new-client/form-schema';
import { formValuesToMetadata, metadataToFormValues, type ClientFormValues } from '@/lib/console/new-client/form-values';
import type { PlainFinding } from '@/lib/console/new-client/outcome';
import { analyze, explanations, type AnalyzeContext, type Finding, type MetadataDraft } from '@/lib/metadata';
import { AdvancedFields } from './advanced-fields';
import { AuthKeyFields } from './auth-key-fields';
import { FindingsPanel } from './findings-panel';
import { LiveAnalysisProvider, type LiveAnalysis } from './live-analysis';
import { OptionGroup } from './option-group';
import { RequestPreview } from './request-preview';
import { ServerRefusal, type Refusal } from './server-refusal';
import { TextInput } from './text-input';
import { UriListInput } from './uri-list-input';

const sectionClass = 'space-y-4 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900';

/** What the server made of a submission. `handled` means the caller shows the outcome itself (created, saved, conflict). */
export type ClientFormSubmitOutcome =
  | { status: 'handled' }
  | { status: 'refused'; description: string; findings: PlainFinding[] }
  | { status: 'failed'; message: string };

/** The words that differ between registering a client and editing one. */
export interface ClientFormWording {
  form: string;
  basicsHeading: string;
  submit: string;
  submitting: string;
  /** Completes "Resolve 2 errors to …". */
  goal: string;
  ready: string;
  /** Opens the alert when the server says no. */
  refused: string;
}

export const registerWording: ClientFormWording = {
  form: 'Register a client',
  basicsHeading: '2. The client',
  submit: 'Create client',
  submitting: 'Creating…',
  goal: 'create the client',
  ready: 'Ready to register.',
  refused: 'The server refused the registration',
};

/**
 * The registration form. On every change the rulebook judges the metadata in the browser with the
 * context the server will use for this user, so errors, warnings and fixes appear before submitting;
 * the server still judges again and has the last word.
 */
export function ClientForm({
  initial,
  context,
  issuer,
  wording = registerWording,
  clientId,
  send,
}: {
  initial: MetadataDraft;
  context: AnalyzeContext;
  issuer: string;
  wording?: ClientFormWording;
  /** The client being edited; absent when registering a new one. */
  clientId?: string;
  /** Hands the metadata to the server; the form shows refusals on its fields. */
  send(metadata: MetadataDraft): Promise<ClientFormSubmitOutcome>;
}) {
  const [start] = useState(() => metadataToFormValues(initial));
  // Fields the form has no input for (from a fix, say) ride along so nothing is silently dropped.
  const [extras, setExtras] = useState<MetadataDraft>(start.extras);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const findingsHeading = useRef<HTMLHeadingElement>(null);
  const form = useForm<ClientFormValues>({ resolver: zodResolver(clientFormSchema), mode: 'onChange', defaultValues: start.values });
  const { control, handleSubmit, getValues, reset, setError, clearErrors, formState } = form;

  const watched = useWatch({ control }) as ClientFormValues;
  const metadata = useMemo(() => formValuesToMetadata(watched, extras), [watched, extras]);
  const result = useMemo(() => analyze(metadata, context), [metadata, context]);

  const applyFix = useCallback(
    (finding: Finding) => {
      if (!finding.fix) return;
      const fixed = metadataToFormValues(finding.fix.apply(formValuesToMetadata(getValues(), extras)));
      setExtras(fixed.extras);
      reset(fixed.values);
      setRefusal(null);
      // The button pressed is gone with its finding; land on the panel that now shows the outcome.
      findingsHeading.current?.focus();
    },
    [extras, getValues, reset],
  );

  const live = useMemo<LiveAnalysis>(
    () => ({ context, metadata, result, byField: groupByFormField([...result.errors, ...result.warnings, ...result.infos], watched), applyFix }),
    [context, metadata, result, watched, applyFix],
  );

  const placeServerFindings = (findings: readonly PlainFinding[]): PlainFinding[] => {
    const unplaced: PlainFinding[] = [];
    for (const finding of findings) {
      const targets = finding.fields.map((path) => formFieldForPath(path, getValues())).filter((field) => field !== null);
      if (targets.length === 0) unplaced.push(finding);
      for (const target of targets) setError(target as FieldPath<ClientFormValues>, { type: 'server', message: finding.message });
    }
    return unplaced;
  };

  const onSubmit = handleSubmit(async (values) => {
    setRefusal(null);
    clearErrors();
    const outcome = await send(formValuesToMetadata(values, extras));
    if (outcome.status === 'handled') return;
    if (outcome.status === 'failed') {
      setRefusal({ message: outcome.message, findings: [] });
      return;
    }
    // The server is the truth: its findings go on the inputs they name, the rest into the alert.
    const { description, findings } = outcome;
    const named = findings.length === 0 ? pathInDescription(description) : null;
    const target = named === null ? null : formFieldForPath(named, values);
    if (target !== null) setError(target as FieldPath<ClientFormValues>, { type: 'server', message: description });
    setRefusal({ message: description, findings: placeServerFindings(findings) });
  });

  const blocked = result.errors.length > 0;

  return (
    <FormProvider {...form}>
      <LiveAnalysisProvider value={live}>
        <form onSubmit={onSubmit} noValidate aria-label={wording.form} className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
          <div className="space-y-6">
            <section className={sectionClass} aria-labelledby="basics-heading">
              <h2 id="basics-heading" tabIndex={-1} className="text-base font-semibold focus:outline-none">
                {wording.basicsHeading}
              </h2>
              <TextInput name="client_name" label="Client name" hint="Shown to users on the consent page." autoComplete="off" />
              <UriListInput name="redirect_uris" label="Redirect URIs" itemLabel="redirect URI" placeholder="https://app.example.com/callback" />
            </section>

            <section className={sectionClass} aria-labelledby="flows-heading">
              <h2 id="flows-heading" className="text-base font-semibold">
                How it gets tokens
              </h2>
              <OptionGroup name="grant_types" legend="Grant types" kind="checkbox" options={context.supported.grantTypes} explanations={explanations.grantTypes} />
              <OptionGroup name="response_types" legend="Response types" kind="checkbox" options={context.supported.responseTypes} explanations={explanations.responseTypes} />
            </section>

            <section className={sectionClass} aria-labelledby="auth-heading">
              <h2 id="auth-heading" className="text-base font-semibold">
                How it proves who it is
              </h2>
              <OptionGroup
                name="token_endpoint_auth_method"
                legend="Token endpoint auth method"
                kind="radio"
                options={context.supported.tokenEndpointAuthMethods}
                explanations={explanations.tokenEndpointAuthMethods}
              />
              <AuthKeyFields />
            </section>

            <section className={sectionClass} aria-labelledby="details-heading">
              <h2 id="details-heading" className="text-base font-semibold">
                Scope and what users see
              </h2>
              <TextInput name="scope" label="Scope" hint={`Space-separated. This server knows: ${context.supported.scopes.join(' ')}.`} autoComplete="off" />
              <div className="grid gap-3 md:grid-cols-2">
                <TextInput name="client_uri" label="Home page URI" type="url" />
                <TextInput name="logo_uri" label="Logo URI" type="url" />
                <TextInput name="policy_uri" label="Privacy policy URI" type="url" />
                <TextInput name="tos_uri" label="Terms of service URI" type="url" />
              </div>
              <TextInput name="contacts" label="Contacts" multiline={2} hint="E-mail addresses of the people responsible, one per line." />
            </section>

            <AdvancedFields />
          </div>

          <aside className="space-y-4 xl:sticky xl:top-4 xl:self-start">
            <FindingsPanel headingRef={findingsHeading} />
            <ServerRefusal refusal={refusal} lead={wording.refused} />
            <Button type="submit" className="w-full" disabled={blocked || formState.isSubmitting} aria-describedby="submit-status">
              {formState.isSubmitting ? wording.submitting : wording.submit}
            </Button>
            <p id="submit-status" className="min-h-5 text-xs text-slate-600 dark:text-slate-400">
              {blocked ? `Resolve ${result.errors.length} error${result.errors.length > 1 ? 's' : ''} to ${wording.goal}.` : wording.ready}
            </p>
          </aside>

          <div className="xl:col-span-2">
            <RequestPreview issuer={issuer} clientId={clientId} />
          </div>
        </form>
      </LiveAnalysisProvider>
    </FormProvider>
  );
}
