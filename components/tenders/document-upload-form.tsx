"use client";

import { Button, FileUpload, Select, TextField, VStack } from "@navikt/ds-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { FormFeedback } from "@/components/forms/form-feedback";
import type { FormState } from "@/lib/mutation/form-state";

export interface DocumentUploadLabels {
  upload: string;
  dropzone: string;
  dragAndDrop: string;
  or: string;
  drop: string;
  deleteFile: string;
  uploading: string;
  titleLabel: string;
  newVersionOf: string;
  newDocument: string;
  tooLarge: string;
  fileRequired: string;
  failed: string;
  /** With {filename} and {number}. */
  uploaded: string;
  eventId: string;
}

interface DocumentUploadFormProps {
  /** The upload endpoint (multipart/form-data: file, title, documentId). */
  uploadUrl: string;
  documents: { id: string; title: string }[];
  accept: string;
  maxSizeInBytes: number;
  labels: DocumentUploadLabels;
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));

/**
 * Choose one file (Aksel FileUpload) and send it to the upload endpoint: a new document, or a new version of one.
 * The size is checked here for a quick answer and again on the server, which also sniffs the type.
 */
export function DocumentUploadForm({ uploadUrl, documents, accept, maxSizeInBytes, labels }: DocumentUploadFormProps) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [state, setState] = useState<FormState>({ status: "idle" });
  const [pending, setPending] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setFileError(labels.fileRequired);
      setState({ status: "error", message: labels.fileRequired, fieldErrors: { file: [labels.fileRequired] } });
      return;
    }
    const form = new FormData(event.currentTarget);
    form.set("file", file);
    setPending(true);
    try {
      const response = await fetch(uploadUrl, { method: "POST", body: form, headers: { accept: "application/json" } });
      const body = (await response.json().catch(() => null)) as { number?: number; detail?: string; errors?: Record<string, string[]> } | null;
      if (response.ok) {
        setState({ status: "ok", message: fill(labels.uploaded, { filename: file.name, number: body?.number ?? "" }) });
        setFile(null);
        setFileError(undefined);
        router.refresh();
      } else {
        const message = body?.detail ?? labels.failed;
        setFileError(body?.errors?.file?.[0] ?? message);
        setState({ status: "error", message, fieldErrors: body?.errors?.file ? { file: body.errors.file } : {} });
      }
    } catch {
      setState({ status: "error", message: labels.failed, fieldErrors: {} });
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <VStack gap="space-12">
        <FormFeedback state={state} fieldIds={{ file: "document-file" }} labels={{ eventId: labels.eventId }} headingTag="h3" />
        {documents.length > 0 && (
          <Select id="document-target" name="documentId" label={labels.newVersionOf}>
            <option value="">{labels.newDocument}</option>
            {documents.map((document) => (
              <option key={document.id} value={document.id}>
                {document.title}
              </option>
            ))}
          </Select>
        )}
        <TextField id="document-title" name="title" label={labels.titleLabel} autoComplete="off" />
        <FileUpload translations={{ dropzone: { button: labels.dropzone, dragAndDrop: labels.dragAndDrop, or: labels.or, drop: labels.drop }, item: { deleteButtonTitle: labels.deleteFile, uploading: labels.uploading } }}>
          <VStack gap="space-8">
            <FileUpload.Dropzone
              id="document-file"
              label={labels.upload}
              accept={accept}
              maxSizeInBytes={maxSizeInBytes}
              multiple={false}
              error={fileError}
              onSelect={(files) => {
                const [chosen] = files;
                if (!chosen) return;
                setState({ status: "idle" });
                if (chosen.error) {
                  setFile(null);
                  setFileError(chosen.reasons.includes("fileSize") ? labels.tooLarge : labels.fileRequired);
                } else {
                  setFile(chosen.file);
                  setFileError(undefined);
                }
              }}
            />
            {file && <FileUpload.Item file={file} status={pending ? "uploading" : "idle"} button={pending ? undefined : { action: "delete", onClick: () => setFile(null) }} />}
          </VStack>
        </FileUpload>
        <div>
          <Button type="submit" loading={pending}>
            {labels.upload}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
