"use client";

import { Button, HStack, Textarea, VStack } from "@navikt/ds-react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { fieldError } from "@/lib/mutation/form-state";

interface AnswerQuestionFormProps {
  questionId: string;
  publicText: string;
  answer: string;
  /** An answer is stored, so it can be published. */
  saved: boolean;
  saveAction: FormAction;
  publishAction: FormAction;
  labels: FormFeedbackLabels & { publicText: string; publicTextHelp: string; answer: string; save: string; publish: string };
}

/** The officer's answer to one question and its public wording: save (and edit) first, then publish to all. */
export function AnswerQuestionForm({ questionId, publicText, answer, saved, saveAction, publishAction, labels }: AnswerQuestionFormProps) {
  const save = useFormAction(saveAction);
  const publish = useFormAction(publishAction);
  const prefix = `answer-${questionId}`;
  return (
    <VStack gap="space-12">
      <form action={save.formAction} onSubmit={save.onSubmit} noValidate>
        <VStack gap="space-12">
          <FormFeedback state={save.state} fieldIds={{ publicText: `${prefix}-public`, answer: `${prefix}-text` }} labels={labels} headingTag="h3" />
          <input type="hidden" name="questionId" value={questionId} />
          <Textarea id={`${prefix}-public`} name="publicText" label={labels.publicText} description={labels.publicTextHelp} defaultValue={publicText} minRows={2} maxLength={4000} error={fieldError(save.state, "publicText")} />
          <Textarea id={`${prefix}-text`} name="answer" label={labels.answer} defaultValue={answer} minRows={3} maxLength={10000} error={fieldError(save.state, "answer")} />
          <div>
            <Button type="submit" variant="secondary" loading={save.isPending}>
              {labels.save}
            </Button>
          </div>
        </VStack>
      </form>
      {saved && (
        <form action={publish.formAction} onSubmit={publish.onSubmit} noValidate>
          <VStack gap="space-12">
            <FormFeedback state={publish.state} fieldIds={{}} labels={labels} headingTag="h3" focusOnSuccess />
            <input type="hidden" name="questionId" value={questionId} />
            <HStack>
              <Button type="submit" loading={publish.isPending}>
                {labels.publish}
              </Button>
            </HStack>
          </VStack>
        </form>
      )}
    </VStack>
  );
}
