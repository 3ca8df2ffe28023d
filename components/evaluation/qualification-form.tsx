"use client";

import { Button, Heading, Radio, RadioGroup, Select, Textarea, VStack } from "@navikt/ds-react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { fieldError } from "@/lib/mutation/form-state";

export interface QualificationFormLabels extends FormFeedbackLabels {
  title: string;
  requirements: string;
  exclusions: string;
  met: string;
  notMet: string;
  reason: string;
  reasonHelp: string;
  applies: string;
  doesNotApply: string;
  otherGround: string;
  otherGroundNone: string;
  save: string;
}

export interface QualificationFormProps {
  action: FormAction;
  bidId: string;
  requirements: { id: string; text: string; met?: boolean; reason?: string }[];
  /** Grounds the bidder declared as applying (each must be judged), with the officer's earlier judgment. */
  declared: { code: string; label: string; applies?: boolean; reason?: string }[];
  /** Every other ground, for "another exclusion ground applies". */
  others: { code: string; label: string }[];
  labels: QualificationFormLabels;
}

/** The officer's assessment of one bid: each requirement met or not (reason when not), each declared exclusion ground. */
export function QualificationForm({ action, bidId, requirements, declared, others, labels }: QualificationFormProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  const other = declared.length;
  const fieldIds: Record<string, string> = {};
  requirements.forEach((_, i) => Object.assign(fieldIds, { [`requirements.${i}.met`]: `req-${i}-met`, [`requirements.${i}.reason`]: `req-${i}-reason` }));
  declared.forEach((_, i) => Object.assign(fieldIds, { [`exclusions.${i}.reason`]: `excl-${i}-reason` }));
  Object.assign(fieldIds, { [`exclusions.${other}.code`]: "excl-other-code", [`exclusions.${other}.reason`]: "excl-other-reason" });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="form-narrow">
      <VStack gap="space-16">
        <Heading level="2" size="medium">
          {labels.title}
        </Heading>
        <FormFeedback state={state} fieldIds={fieldIds} labels={labels} headingTag="h3" focusOnSuccess />
        <input type="hidden" name="bidId" value={bidId} />
        {requirements.length > 0 && (
          <Heading level="3" size="small">
            {labels.requirements}
          </Heading>
        )}
        {requirements.map((requirement, i) => (
          <VStack key={requirement.id} gap="space-8">
            <input type="hidden" name={`requirements.${i}.requirementId`} value={requirement.id} />
            <RadioGroup id={`req-${i}-met`} name={`requirements.${i}.met`} legend={requirement.text} defaultValue={requirement.met === undefined ? undefined : requirement.met ? "yes" : "no"} error={fieldError(state, `requirements.${i}.met`)}>
              <Radio value="yes">{labels.met}</Radio>
              <Radio value="no">{labels.notMet}</Radio>
            </RadioGroup>
            <Textarea id={`req-${i}-reason`} name={`requirements.${i}.reason`} label={labels.reason} description={labels.reasonHelp} minRows={2} defaultValue={requirement.reason ?? ""} error={fieldError(state, `requirements.${i}.reason`)} />
          </VStack>
        ))}
        <Heading level="3" size="small">
          {labels.exclusions}
        </Heading>
        {declared.map((ground, i) => (
          <VStack key={ground.code} gap="space-8">
            <input type="hidden" name={`exclusions.${i}.code`} value={ground.code} />
            <RadioGroup name={`exclusions.${i}.applies`} legend={ground.label} defaultValue={ground.applies === false ? "no" : "yes"}>
              <Radio value="yes">{labels.applies}</Radio>
              <Radio value="no">{labels.doesNotApply}</Radio>
            </RadioGroup>
            <Textarea id={`excl-${i}-reason`} name={`exclusions.${i}.reason`} label={labels.reason} minRows={2} defaultValue={ground.reason ?? ""} error={fieldError(state, `exclusions.${i}.reason`)} />
          </VStack>
        ))}
        <input type="hidden" name={`exclusions.${other}.applies`} value="yes" />
        <Select id="excl-other-code" name={`exclusions.${other}.code`} label={labels.otherGround} defaultValue="" error={fieldError(state, `exclusions.${other}.code`)}>
          <option value="">{labels.otherGroundNone}</option>
          {others.map((ground) => (
            <option key={ground.code} value={ground.code}>
              {ground.label}
            </option>
          ))}
        </Select>
        <Textarea id="excl-other-reason" name={`exclusions.${other}.reason`} label={labels.reason} minRows={2} error={fieldError(state, `exclusions.${other}.reason`)} />
        <div>
          <Button type="submit" loading={isPending}>
            {labels.save}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
