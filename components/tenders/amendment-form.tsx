"use client";

import { BodyShort, Button, Checkbox, Fieldset, HStack, Textarea, TextField, VStack } from "@navikt/ds-react";
import { List, ListItem } from "@navikt/ds-react/List";
import { useState } from "react";

import { FormFeedback } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { fieldError } from "@/lib/mutation/form-state";

export interface AmendmentFormLabels {
  reason: string;
  deadline: string;
  deadlineHint: string;
  questionDeadline: string;
  pendingDocuments: string;
  noPendingDocuments: string;
  changeCriteria: string;
  criteriaLocked: string;
  criterionName: string;
  criterionDescription: string;
  criterionWeight: string;
  submit: string;
  eventId: string;
}

interface AmendmentFormProps {
  action: FormAction;
  tender: { id: string; version: number };
  /** The proposed bid deadline ("dd.mm.yyyy hh:mm"), prefilled when the amendment is material (documents waiting). */
  proposedDeadline: string;
  /** The explanation of the deadline rule, with the earliest allowed and the proposed deadline in it. */
  rule: string;
  pendingDocuments: string[];
  criteria: { id: string; name: string; description: string; weight: string }[];
  criteriaLocked: boolean;
  labels: AmendmentFormLabels;
}

const FIELD_IDS = { reason: "amend-reason", deadline: "amend-deadline", questionDeadline: "amend-question-deadline", criteria: "amend-criteria" };

/** A correction to an announced competition: reason, deadlines, the documents waiting, and (before any bid) the criteria. */
export function AmendmentForm({ action, tender, proposedDeadline, rule, pendingDocuments, criteria, criteriaLocked, labels }: AmendmentFormProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  const [changeCriteria, setChangeCriteria] = useState(false);
  const error = (name: string) => fieldError(state, name);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <VStack gap="space-16">
        <FormFeedback state={state} fieldIds={FIELD_IDS} labels={{ eventId: labels.eventId }} headingTag="h3" focusOnSuccess />
        <input type="hidden" name="tenderId" value={tender.id} />
        <input type="hidden" name="version" value={tender.version} />
        <Textarea id={FIELD_IDS.reason} name="reason" label={labels.reason} minRows={2} error={error("reason")} />
        <BodyShort>{rule}</BodyShort>
        <TextField
          id={FIELD_IDS.deadline}
          name="deadline"
          label={labels.deadline}
          description={labels.deadlineHint}
          defaultValue={pendingDocuments.length > 0 ? proposedDeadline : ""}
          autoComplete="off"
          error={error("deadline")}
        />
        <TextField id={FIELD_IDS.questionDeadline} name="questionDeadline" label={labels.questionDeadline} autoComplete="off" error={error("questionDeadline")} />
        <VStack gap="space-4">
          <BodyShort weight="semibold">{labels.pendingDocuments}</BodyShort>
          {pendingDocuments.length === 0 ? (
            <BodyShort>{labels.noPendingDocuments}</BodyShort>
          ) : (
            <List>
              {pendingDocuments.map((document) => (
                <ListItem key={document}>{document}</ListItem>
              ))}
            </List>
          )}
        </VStack>
        {criteriaLocked ? (
          <BodyShort>{labels.criteriaLocked}</BodyShort>
        ) : (
          <VStack gap="space-8">
            <Checkbox name="changeCriteria" value="on" checked={changeCriteria} onChange={(event) => setChangeCriteria(event.target.checked)}>
              {labels.changeCriteria}
            </Checkbox>
            {changeCriteria && (
              <Fieldset id={FIELD_IDS.criteria} legend={labels.changeCriteria} hideLegend error={error("criteria")} tabIndex={-1}>
                {criteria.map((criterion, index) => (
                  <HStack key={criterion.id} gap="space-8" align="end" wrap>
                    <input type="hidden" name={`criteria.${index}.id`} value={criterion.id} />
                    <TextField name={`criteria.${index}.name`} label={labels.criterionName} defaultValue={criterion.name} autoComplete="off" />
                    <TextField name={`criteria.${index}.description`} label={labels.criterionDescription} defaultValue={criterion.description} autoComplete="off" />
                    <TextField name={`criteria.${index}.weight`} label={labels.criterionWeight} defaultValue={criterion.weight} inputMode="decimal" htmlSize={6} autoComplete="off" />
                  </HStack>
                ))}
              </Fieldset>
            )}
          </VStack>
        )}
        <div>
          <Button type="submit" loading={isPending}>
            {labels.submit}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
