import { BodyLong, Button, Checkbox, Heading, VStack } from "@navikt/ds-react";

import { titled } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { AppLink } from "@/components/common/app-link";
import { ActionOutcomeProvider, ArrivalMessage } from "@/components/forms/action-outcome";
import { getTranslator } from "@/lib/i18n/server";
import { myNotificationPreferences } from "@/lib/notifications/centre";
import { ROUTES } from "@/lib/routes";

import { savePreferencesAction } from "../actions";

export const dynamic = "force-dynamic";
export const generateMetadata = titled("notifications.preferences.title");

/** The user's e-mail choices: reminders may be turned off; legally required messages cannot. */
export default async function NotificationPreferencesPage({ searchParams }: { searchParams?: Promise<Record<string, string | string[] | undefined>> }) {
  const { t } = await getTranslator();
  const preferences = await read(myNotificationPreferences);
  const saved = (await searchParams)?.done === "saved";
  return (
    <ActionOutcomeProvider arrival={saved}>
      <VStack gap="space-24" className="form-narrow">
        <div>
          <Heading level="1" size="large" spacing>
            {t("notifications.preferences.title")}
          </Heading>
          <BodyLong>{t("notifications.preferences.intro")}</BodyLong>
        </div>
        <ArrivalMessage message={t("notifications.preferences.saved")} show={saved} param="done" />
        <form action={savePreferencesAction}>
          <VStack gap="space-16">
            <Checkbox name="emailReminders" defaultChecked={preferences.emailReminders} description={t("notifications.preferences.emailRemindersDescription")}>
              {t("notifications.preferences.emailReminders")}
            </Checkbox>
            <BodyLong size="small">{t("notifications.preferences.legal")}</BodyLong>
            <div>
              <Button type="submit">{t("notifications.preferences.save")}</Button>
            </div>
          </VStack>
        </form>
        <AppLink href={ROUTES.notifications}>{t("notifications.preferences.back")}</AppLink>
      </VStack>
    </ActionOutcomeProvider>
  );
}
