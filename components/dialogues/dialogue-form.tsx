"use client";

import { Button, Select, Textarea, TextField, VStack } from "@navikt/ds-react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { fieldError } from "@/lib/mutation/form-state";

export interface DialogueFormLabels extends FormFeedbackLabels {
  title: string;
  description: string;
  descriptionHelp: string;
  measureType: string;
  chooseMeasureType: string;
  region: string;
  chooseRegion: string;
  meetingAt: string;
  meetingAtHelp: string;
  meetingPlace: string;
  responseDeadline: string;
  timeHelp: string;
  plannedAnnouncement: string;
  plannedAnnouncementHelp: string;
  submit: string;
}

/** The values the form starts from (an existing draft), as typed: Oslo times "dd.mm.åååå tt:mm". */
export interface DialogueFormValues {
  title: string;
  description: string;
  measureTypeId: string;
  meetingAt: string;
  meetingPlace: string;
  responseDeadline: string;
  plannedAnnouncement: string;
}

interface DialogueFormProps {
  action: FormAction;
  measures: { id: string; label: string }[];
  /** Only when creating: the regions the officer works in. An existing dialogue keeps its region. */
  regions?: { id: string; name: string }[];
  /** An existing draft: its id, the version seen and its values. */
  existing?: { id: string; version: number; values: DialogueFormValues };
  labels: DialogueFormLabels;
}

const FIELD_IDS = {
  title: "dialogue-title",
  description: "dialogue-description",
  measureTypeId: "dialogue-measure",
  regionId: "dialogue-region",
  meetingAt: "dialogue-meeting-at",
  meetingPlace: "dialogue-meeting-place",
  responseDeadline: "dialogue-deadline",
  plannedAnnouncement: "dialogue-planned",
};

/** A market dialogue's fields: what is planned, an optional meeting, the response deadline and the planned announcement. */
export function DialogueForm({ action, measures, regions, existing, labels }: DialogueFormProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  const error = (name: string) => fieldError(state, name);
  const values = existing?.values;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="form-narrow">
      <VStack gap="space-24">
        <FormFeedback state={state} fieldIds={FIELD_IDS} labels={labels} />
        {existing && (
          <>
            <input type="hidden" name="dialogueId" value={existing.id} />
            <input type="hidden" name="version" value={existing.version} />
          </>
        )}
        <TextField id={FIELD_IDS.title} name="title" label={labels.title} defaultValue={values?.title} autoComplete="off" error={error("title")} />
        <Textarea id={FIELD_IDS.description} name="description" label={labels.description} description={labels.descriptionHelp} defaultValue={values?.description} minRows={5} error={error("description")} />
        <Select id={FIELD_IDS.measureTypeId} name="measureTypeId" label={labels.measureType} defaultValue={values?.measureTypeId ?? ""} error={error("measureTypeId")}>
          <option value="">{labels.chooseMeasureType}</option>
          {measures.map((measure) => (
            <option key={measure.id} value={measure.id}>
              {measure.label}
            </option>
          ))}
        </Select>
        {regions && (
          <Select id={FIELD_IDS.regionId} name="regionId" label={labels.region} defaultValue={regions.length === 1 ? regions[0]!.id : ""} error={error("regionId")}>
            {regions.length !== 1 && <option value="">{labels.chooseRegion}</option>}
            {regions.map((region) => (
              <option key={region.id} value={region.id}>
                {region.name}
              </option>
            ))}
          </Select>
        )}
        <TextField id={FIELD_IDS.responseDeadline} name="responseDeadline" label={labels.responseDeadline} description={labels.timeHelp} defaultValue={values?.responseDeadline} autoComplete="off" inputMode="numeric" error={error("responseDeadline")} />
        <TextField id={FIELD_IDS.meetingAt} name="meetingAt" label={labels.meetingAt} description={labels.meetingAtHelp} defaultValue={values?.meetingAt} autoComplete="off" inputMode="numeric" error={error("meetingAt")} />
        <TextField id={FIELD_IDS.meetingPlace} name="meetingPlace" label={labels.meetingPlace} defaultValue={values?.meetingPlace} autoComplete="off" error={error("meetingPlace")} />
        <TextField id={FIELD_IDS.plannedAnnouncement} name="plannedAnnouncement" label={labels.plannedAnnouncement} description={labels.plannedAnnouncementHelp} defaultValue={values?.plannedAnnouncement} autoComplete="off" inputMode="numeric" error={error("plannedAnnouncement")} />
        <div>
          <Button type="submit" loading={isPending}>
            {labels.submit}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
