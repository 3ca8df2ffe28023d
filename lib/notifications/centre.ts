/** The notification centre's reads and writes (for pages and server actions; the worker lives in ./worker). */
export { markAllNotificationsRead } from "./commands/mark-all-read";
export { openNotification } from "./commands/open-notification";
export { updateNotificationPreferences } from "./commands/update-preferences";
export { INBOX_PAGE_SIZE, inboxSummary, listInbox, myNotificationPreferences } from "./queries/inbox";
