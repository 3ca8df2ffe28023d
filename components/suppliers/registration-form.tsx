"use client";

import { Button, ErrorMessage, Fieldset, Heading, Radio, RadioGroup, Select, TextField, VStack } from "@navikt/ds-react";
import { useState } from "react";

import { AppLink } from "@/components/common/app-link";
import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { fieldError } from "@/lib/mutation/form-state";
import { ROUTES } from "@/lib/routes";

export interface RegistrationFormLabels extends FormFeedbackLabels {
  organisation: string;
  name: string;
  address: string;
  postalCode: string;
  postalPlace: string;
  kind: string;
  kindHelp: string;
  kinds: Record<string, string>;
  ownerMunicipality: string;
  ownerMunicipalityHelp: string;
  noOwner: string;
  contact: string;
  contactName: string;
  contactEmail: string;
  password: string;
  passwordHelp: string;
  confirmPassword: string;
  submit: string;
  toLogin: string;
}

export interface RegistrationDefaults {
  orgnr: string;
  name: string;
  address: string;
  postalCode: string;
  postalPlace: string;
  organisationForm: string;
  kind: string;
  ownerMunicipality: string;
}

interface RegistrationFormProps {
  action: FormAction;
  defaults: RegistrationDefaults;
  kinds: readonly string[];
  municipalities: { number: string; name: string }[];
  labels: RegistrationFormLabels;
}

const FIELD_IDS = {
  orgnr: "lookup-orgnr", name: "register-name", address: "register-address", postalCode: "register-postal-code", postalPlace: "register-postal-place",
  kind: "register-kind", ownerMunicipality: "register-owner", contactName: "register-contact-name", contactEmail: "register-contact-email",
  password: "register-password", confirmPassword: "register-password-confirm",
};

/** The organisation (prefilled from Enhetsregisteret when it answered) and its contact person, who becomes its administrator. */
export function RegistrationForm({ action, defaults, kinds, municipalities, labels }: RegistrationFormProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);
  const [kind, setKind] = useState(defaults.kind);
  const error = (name: string) => fieldError(state, name);

  if (state.status === "ok") {
    return (
      <VStack gap="space-16">
        <FormFeedback state={state} fieldIds={FIELD_IDS} labels={labels} focusOnSuccess />
        <AppLink href={ROUTES.login}>{labels.toLogin}</AppLink>
      </VStack>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <VStack gap="space-24">
        <FormFeedback state={state} fieldIds={FIELD_IDS} labels={labels} />
        <input type="hidden" name="orgnr" value={defaults.orgnr} />
        <input type="hidden" name="organisationForm" value={defaults.organisationForm} />
        {error("orgnr") && <ErrorMessage>{error("orgnr")}</ErrorMessage>}
        <Fieldset legend={labels.organisation}>
          <VStack gap="space-16">
            <TextField id={FIELD_IDS.name} name="name" label={labels.name} defaultValue={defaults.name} autoComplete="organization" error={error("name")} />
            <TextField id={FIELD_IDS.address} name="address" label={labels.address} defaultValue={defaults.address} autoComplete="street-address" error={error("address")} />
            <TextField id={FIELD_IDS.postalCode} name="postalCode" label={labels.postalCode} defaultValue={defaults.postalCode} autoComplete="postal-code" inputMode="numeric" htmlSize={6} error={error("postalCode")} />
            <TextField id={FIELD_IDS.postalPlace} name="postalPlace" label={labels.postalPlace} defaultValue={defaults.postalPlace} autoComplete="address-level2" error={error("postalPlace")} />
            <RadioGroup id={FIELD_IDS.kind} name="kind" legend={labels.kind} description={labels.kindHelp} value={kind} onChange={(value: string) => setKind(value)} error={error("kind")}>
              {kinds.map((option) => (
                <Radio key={option} value={option}>
                  {labels.kinds[option]}
                </Radio>
              ))}
            </RadioGroup>
            <Select id={FIELD_IDS.ownerMunicipality} name="ownerMunicipality" label={labels.ownerMunicipality} description={labels.ownerMunicipalityHelp} defaultValue={defaults.ownerMunicipality} error={error("ownerMunicipality")}>
              <option value="">{labels.noOwner}</option>
              {municipalities.map((municipality) => (
                <option key={municipality.number} value={municipality.number}>
                  {municipality.name} ({municipality.number})
                </option>
              ))}
            </Select>
          </VStack>
        </Fieldset>
        <Fieldset legend={labels.contact}>
          <VStack gap="space-16">
            <TextField id={FIELD_IDS.contactName} name="contactName" label={labels.contactName} autoComplete="name" error={error("contactName")} />
            <TextField id={FIELD_IDS.contactEmail} name="contactEmail" type="email" label={labels.contactEmail} autoComplete="email" error={error("contactEmail")} />
            <TextField id={FIELD_IDS.password} name="password" type="password" label={labels.password} description={labels.passwordHelp} autoComplete="new-password" error={error("password")} />
            <TextField id={FIELD_IDS.confirmPassword} name="confirmPassword" type="password" label={labels.confirmPassword} autoComplete="new-password" error={error("confirmPassword")} />
          </VStack>
        </Fieldset>
        <div>
          <Button type="submit" loading={isPending}>
            {labels.submit}
          </Button>
        </div>
      </VStack>
    </form>
  );
}

/** Step 1, a plain GET form: works without JavaScript, and its answer is the page's (?orgnr=). */
export function OrgnrLookupForm({ action, orgnr, error, labels }: { action: string; orgnr: string; error?: string; labels: { heading: string; orgnr: string; help: string; lookup: string } }) {
  return (
    <form method="get" action={action} aria-labelledby="lookup-heading">
      <VStack gap="space-12">
        <Heading level="2" size="medium" id="lookup-heading">
          {labels.heading}
        </Heading>
        <TextField id="lookup-orgnr" name="orgnr" label={labels.orgnr} description={labels.help} defaultValue={orgnr} inputMode="numeric" autoComplete="off" htmlSize={14} error={error} />
        <div>
          <Button type="submit" variant="secondary">
            {labels.lookup}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
