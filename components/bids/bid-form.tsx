"use client";

import { Button, Checkbox, Fieldset, HStack, Radio, RadioGroup, Textarea, TextField, VStack, Heading, BodyShort, Box } from "@navikt/ds-react";
import type { FormEvent } from "react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { fieldError } from "@/lib/mutation/form-state";

export interface BidFormLot {
  id: string;
  label: string;
  places: string;
  reserved: string | null;
  /** The organisation may not bid for it (a reservation it is not verified for). */
  refused: string | null;
}

export interface BidFormValues {
  lots: { lotId: string; selected?: string | boolean; price?: string }[];
  quality: { criterionId: string; answer?: string }[];
  requirements: { requirementId: string; met?: string | boolean; comment?: string }[];
  exclusions: { code: string; applies?: string | boolean; comment?: string }[];
}

export interface BidFormLabels extends FormFeedbackLabels {
  lotsTitle: string; lotsIntro: string; priceLabel: string; priceDescription: string | null;
  qualityTitle: string; qualityIntro: string; noCriteria: string;
  requirementsTitle: string; requirementsIntro: string; noRequirements: string; met: string; yes: string; no: string; comment: string;
  exclusionTitle: string; exclusionIntro: string; applies: string; exclusionComment: string;
  saveDraft: string; submit: string;
}

interface BidFormProps {
  tenderId: string;
  /** The organisation acted for (a user of several chose it). */
  supplierId: string;
  /** A fresh token per rendered form: the submission's idempotency key (a double-click submits once). */
  formToken: string;
  lots: BidFormLot[];
  criteria: { id: string; label: string; description: string }[];
  requirements: { id: string; label: string; documentation: string | null }[];
  exclusions: { code: string; label: string }[];
  values: BidFormValues;
  action: FormAction;
  labels: BidFormLabels;
}

const yesNo = (value: string | boolean | undefined) => (value === true || value === "yes" || value === "on" || value === "true" ? "yes" : value === false || value === "no" || value === "false" ? "no" : undefined);
const fieldId = (path: string) => `bid-${path.replace(/\./g, "-")}`;

/**
 * The bid: lots with a price each, an answer per quality criterion, the qualification requirements and the ESPD
 * exclusion grounds. "Lagre utkast" keeps a half-done bid (sealed); "Send inn" submits it against the tender's rules.
 * Uncontrolled fields keep what was typed after a refused submit; every error links to its field.
 */
export function BidForm({ tenderId, supplierId, formToken, lots, criteria, requirements, exclusions, values, action, labels }: BidFormProps) {
  const { state, isPending, submit } = useFormAction(action);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    submit(new FormData(event.currentTarget, submitter));
  };
  const err = (path: string) => fieldError(state, path);
  const fieldIds: Record<string, string> = { lots: fieldId("lots.0.selected") };
  lots.forEach((_, i) => ["selected", "price", "lotId"].forEach((f) => (fieldIds[`lots.${i}.${f}`] = fieldId(`lots.${i}.${f === "lotId" ? "selected" : f}`))));
  criteria.forEach((_, i) => (fieldIds[`quality.${i}.answer`] = fieldId(`quality.${i}.answer`)));
  requirements.forEach((_, i) => ["met", "comment"].forEach((f) => (fieldIds[`requirements.${i}.${f}`] = fieldId(`requirements.${i}.${f}`))));
  exclusions.forEach((_, i) => ["applies", "comment"].forEach((f) => (fieldIds[`exclusions.${i}.${f}`] = fieldId(`exclusions.${i}.${f}`))));

  return (
    <form id="bid-form" action={submit} onSubmit={onSubmit} noValidate>
      <VStack gap="space-32">
        <FormFeedback state={state} fieldIds={fieldIds} labels={labels} />
        <input type="hidden" name="tenderId" value={tenderId} />
        <input type="hidden" name="supplierId" value={supplierId} />
        <input type="hidden" name="idempotencyKey" value={formToken} />

        <Fieldset legend={<Heading level="2" size="medium" as="span">{labels.lotsTitle}</Heading>} description={labels.lotsIntro} error={err("lots")}>
          <VStack gap="space-16">
            {lots.map((lot, i) => {
              const value = values.lots.find((l) => l.lotId === lot.id);
              const selected = value ? yesNo(value.selected) !== "no" : lots.length === 1;
              return (
                <Box key={lot.id} padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle">
                  <VStack gap="space-8">
                    <input type="hidden" name={`lots.${i}.lotId`} value={lot.id} />
                    <input type="hidden" name={`lots.${i}.selected`} value="no" />
                    <Checkbox id={fieldId(`lots.${i}.selected`)} name={`lots.${i}.selected`} value="yes" defaultChecked={selected && !lot.refused} error={Boolean(err(`lots.${i}.selected`))} description={[lot.places, lot.reserved].filter(Boolean).join(" · ")}>
                      {lot.label}
                    </Checkbox>
                    {lot.refused && <BodyShort size="small" textColor="subtle">{lot.refused}</BodyShort>}
                    {err(`lots.${i}.selected`) && <BodyShort size="small" className="navds-error-message">{err(`lots.${i}.selected`)}</BodyShort>}
                    <TextField
                      id={fieldId(`lots.${i}.price`)} name={`lots.${i}.price`} label={`${labels.priceLabel} – ${lot.label}`} description={labels.priceDescription ?? undefined}
                      inputMode="decimal" autoComplete="off" htmlSize={16} defaultValue={value?.price ?? ""} error={err(`lots.${i}.price`)}
                    />
                  </VStack>
                </Box>
              );
            })}
          </VStack>
        </Fieldset>

        <VStack gap="space-16" as="section" aria-labelledby="bid-quality">
          <div>
            <Heading id="bid-quality" level="2" size="medium" spacing>{labels.qualityTitle}</Heading>
            <BodyShort>{criteria.length > 0 ? labels.qualityIntro : labels.noCriteria}</BodyShort>
          </div>
          {criteria.map((criterion, i) => (
            <div key={criterion.id}>
              <input type="hidden" name={`quality.${i}.criterionId`} value={criterion.id} />
              <Textarea
                id={fieldId(`quality.${i}.answer`)} name={`quality.${i}.answer`} label={criterion.label} description={criterion.description || undefined}
                minRows={5} maxLength={10_000} defaultValue={values.quality.find((q) => q.criterionId === criterion.id)?.answer ?? ""} error={err(`quality.${i}.answer`)}
              />
            </div>
          ))}
        </VStack>

        <VStack gap="space-16" as="section" aria-labelledby="bid-requirements">
          <div>
            <Heading id="bid-requirements" level="2" size="medium" spacing>{labels.requirementsTitle}</Heading>
            <BodyShort>{requirements.length > 0 ? labels.requirementsIntro : labels.noRequirements}</BodyShort>
          </div>
          {requirements.map((requirement, i) => {
            const value = values.requirements.find((r) => r.requirementId === requirement.id);
            return (
              <Fieldset key={requirement.id} legend={requirement.label} description={requirement.documentation ?? undefined}>
                <input type="hidden" name={`requirements.${i}.requirementId`} value={requirement.id} />
                <RadioGroup legend={labels.met} name={`requirements.${i}.met`} defaultValue={yesNo(value?.met)} error={err(`requirements.${i}.met`)}>
                  <HStack gap="space-24">
                    <Radio id={fieldId(`requirements.${i}.met`)} value="yes">{labels.yes}</Radio>
                    <Radio value="no">{labels.no}</Radio>
                  </HStack>
                </RadioGroup>
                <TextField id={fieldId(`requirements.${i}.comment`)} name={`requirements.${i}.comment`} label={labels.comment} defaultValue={value?.comment ?? ""} error={err(`requirements.${i}.comment`)} />
              </Fieldset>
            );
          })}
        </VStack>

        <VStack gap="space-16" as="section" aria-labelledby="bid-exclusions">
          <div>
            <Heading id="bid-exclusions" level="2" size="medium" spacing>{labels.exclusionTitle}</Heading>
            <BodyShort>{labels.exclusionIntro}</BodyShort>
          </div>
          {exclusions.map((ground, i) => {
            const value = values.exclusions.find((e) => e.code === ground.code);
            return (
              <Fieldset key={ground.code} legend={ground.label} size="small">
                <input type="hidden" name={`exclusions.${i}.code`} value={ground.code} />
                <RadioGroup legend={labels.applies} name={`exclusions.${i}.applies`} defaultValue={yesNo(value?.applies)} error={err(`exclusions.${i}.applies`)} size="small">
                  <HStack gap="space-24">
                    <Radio id={fieldId(`exclusions.${i}.applies`)} value="no">{labels.no}</Radio>
                    <Radio value="yes">{labels.yes}</Radio>
                  </HStack>
                </RadioGroup>
                <TextField id={fieldId(`exclusions.${i}.comment`)} name={`exclusions.${i}.comment`} label={labels.exclusionComment} size="small" defaultValue={value?.comment ?? ""} error={err(`exclusions.${i}.comment`)} />
              </Fieldset>
            );
          })}
        </VStack>

        <HStack gap="space-16" wrap>
          <Button type="submit" name="intent" value="submit" loading={isPending}>{labels.submit}</Button>
          <Button type="submit" name="intent" value="draft" variant="secondary" disabled={isPending}>{labels.saveDraft}</Button>
        </HStack>
      </VStack>
    </form>
  );
}
