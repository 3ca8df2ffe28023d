"use client";

import { BodyShort, Button, HStack, VStack } from "@navikt/ds-react";


import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";

export interface MembershipListLabels extends FormFeedbackLabels {
  revoke: string;
  noRoles: string;
}

interface MembershipListProps {
  /** The server action, from the page (components never import app/). */
  action: FormAction;
  memberships: { id: string; label: string }[];
  /** False when the admin looks at themselves: the policy forbids changing one's own roles. */
  canRevoke: boolean;
  labels: MembershipListLabels;
}

/**
 * The user's active roles, each with its own "remove" form. The forms share one action state, so
 * the result stays visible after the removed row disappears.
 */
export function MembershipList({ memberships, canRevoke, labels, action }: MembershipListProps) {
  const { state, formAction, isPending, onSubmit } = useFormAction(action);

  return (
    <VStack gap="space-16">
      <FormFeedback state={state} fieldIds={{}} labels={labels} />
      {memberships.length === 0 ? (
        <BodyShort>{labels.noRoles}</BodyShort>
      ) : (
        <VStack as="ul" gap="space-8" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {memberships.map((membership) => (
            <li key={membership.id}>
              <HStack gap="space-12" align="center" justify="space-between" wrap>
                <BodyShort>{membership.label}</BodyShort>
                {canRevoke && (
                  <form action={formAction} onSubmit={onSubmit}>
                    <input type="hidden" name="membershipId" value={membership.id} />
                    <Button type="submit" variant="secondary" size="small" disabled={isPending}>
                      {labels.revoke}
                      <span className="aksel-sr-only">: {membership.label}</span>
                    </Button>
                  </form>
                )}
              </HStack>
            </li>
          ))}
        </VStack>
      )}
    </VStack>
  );
}
