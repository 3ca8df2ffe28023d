"use client";

import { Button, Radio, RadioGroup, VStack } from "@navikt/ds-react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { fieldError } from "@/lib/mutation/form-state";

export interface RegionSettingsFormLabels extends FormFeedbackLabels {
  draftApproval: string;
  draftApprovalHelp: string;
  options: Record<"MANAGER" | "SECOND_OFFICER", string>;
  openingControl: string;
  openingControlHelp: string;
  openingOptions: Record<"TWO_PEOPLE" | "ONE_PERSON", string>;
  submit: string;
}

const FIELD_IDS = { draftApproval: "region-draft-approval", openingControl: "region-opening-control" };

/** Who approves this region's drafts before announcement. */
export function RegionSettingsForm({ region, labels, action }: { region: { id: string; draftApproval: "MANAGER" | "SECOND_OFFICER"; openingControl: "TWO_PEOPLE" | "ONE_PERSON" }; labels: RegionSettingsFormLabels; action: FormAction }) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="form-narrow">
      <VStack gap="space-16">
        <FormFeedback state={state} fieldIds={FIELD_IDS} labels={labels} headingTag="h3" />
        <input type="hidden" name="regionId" value={region.id} />
        <RadioGroup id={FIELD_IDS.draftApproval} name="draftApproval" legend={labels.draftApproval} description={labels.draftApprovalHelp} defaultValue={region.draftApproval} error={fieldError(state, "draftApproval")}>
          <Radio value="MANAGER">{labels.options.MANAGER}</Radio>
          <Radio value="SECOND_OFFICER">{labels.options.SECOND_OFFICER}</Radio>
        </RadioGroup>
        <RadioGroup id={FIELD_IDS.openingControl} name="openingControl" legend={labels.openingControl} description={labels.openingControlHelp} defaultValue={region.openingControl} error={fieldError(state, "openingControl")}>
          <Radio value="TWO_PEOPLE">{labels.openingOptions.TWO_PEOPLE}</Radio>
          <Radio value="ONE_PERSON">{labels.openingOptions.ONE_PERSON}</Radio>
        </RadioGroup>
        <div>
          <Button type="submit" variant="secondary" loading={isPending}>
            {labels.submit}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
