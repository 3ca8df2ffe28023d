import { BodyLong, Button, Heading, HStack, VStack } from "@navikt/ds-react";

import { titled } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { AppLink } from "@/components/common/app-link";
import { ActionOutcomeProvider, ArrivalMessage } from "@/components/forms/action-outcome";
import { NotificationList } from "@/components/notifications/notification-list";
import { getTranslator } from "@/lib/i18n/server";
import { INBOX_PAGE_SIZE, inboxSummary, listInbox } from "@/lib/notifications/centre";
import { ROUTES } from "@/lib/routes";
import { formatOsloDateTime } from "@/lib/time";

import { markAllReadAction, openNotificationAction } from "./actions";

export const dynamic = "force-dynamic";
export const generateMetadata = titled("notifications.title");

const pageHref = (page: number) => (page === 1 ? ROUTES.notifications : `${ROUTES.notifications}?side=${page}`);

/** The signed-in user's notification centre: newest first, paged, open marks read, mark all read. */
export default async function NotificationsPage({ searchParams }: { searchParams?: Promise<Record<string, string | string[] | undefined>> }) {
  const params = (await searchParams) ?? {};
  const { locale, t } = await getTranslator();
  const summary = await read(inboxSummary);
  const pages = Math.max(1, Math.ceil(summary.total / INBOX_PAGE_SIZE));
  const requested = Number(typeof params.side === "string" ? params.side : 1);
  const page = Number.isInteger(requested) && requested >= 1 ? Math.min(requested, pages) : 1;
  const items = await read(listInbox, { page, locale });
  const markedAll = params.done === "read";
  return (
    <ActionOutcomeProvider arrival={markedAll}>
      <VStack gap="space-24">
        <div>
          <Heading level="1" size="large" spacing>
            {t("notifications.title")}
          </Heading>
          <BodyLong spacing>{t("notifications.intro")}</BodyLong>
          <AppLink href={ROUTES.notificationPreferences}>{t("notifications.preferencesLink")}</AppLink>
        </div>
        <ArrivalMessage message={t("notifications.markedAllRead")} show={markedAll} param="done" />
        {summary.unread > 0 && (
          <form action={markAllReadAction}>
            <Button type="submit" variant="secondary" size="small">
              {t("notifications.markAllRead")}
            </Button>
          </form>
        )}
        <NotificationList
          items={items.map((item) => ({ id: item.id, title: item.title, summary: item.summary, at: formatOsloDateTime(item.createdAt, locale), read: item.read }))}
          openAction={openNotificationAction}
          labels={{ list: t("notifications.list"), unread: t("notifications.unread"), empty: t("notifications.empty") }}
        />
        {pages > 1 && (
          <nav aria-label={t("notifications.pagination")}>
            <HStack gap="space-16" align="center" wrap>
              {page > 1 && <AppLink href={pageHref(page - 1)}>{t("notifications.previous")}</AppLink>}
              <span>{t("notifications.pageOf", { page, pages })}</span>
              {page < pages && <AppLink href={pageHref(page + 1)}>{t("notifications.next")}</AppLink>}
            </HStack>
          </nav>
        )}
      </VStack>
    </ActionOutcomeProvider>
  );
}
