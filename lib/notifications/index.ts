export { enqueueNotifications, enqueueReminders } from "./outbox";
export { NOTIFICATION_TEMPLATES } from "./templates";
export type { NotificationRecipient, NotifyRecord, TemplateKey, TemplateParams } from "./templates";
