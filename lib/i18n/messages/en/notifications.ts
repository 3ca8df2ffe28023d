import type { Messages } from "../nb";

/** The notification centre and e-mail preferences (the notifications' own text lives in lib/notifications/kinds). */
export const notifications: Pick<Messages, "notifications"> = {
  notifications: {
    title: "Notifications",
    intro: "Messages and reminders for you and the organisations you act for. Open a notification to go to what it is about.",
    headerLabel: "Notifications",
    headerUnread: "Notifications, {count} unread",
    empty: "You have no notifications.",
    unread: "Unread",
    list: "Your notifications, newest first",
    markAllRead: "Mark all as read",
    markedAllRead: "All notifications are marked as read.",
    opened: "The notification is opened.",
    previous: "Previous page",
    next: "Next page",
    pageOf: "Page {page} of {pages}",
    pagination: "Pages of notifications",
    preferencesLink: "E-mail settings",
    preferences: {
      title: "Notification settings",
      intro: "Choose which notifications you also want by e-mail, besides here in the service.",
      emailReminders: "Reminders by e-mail",
      emailRemindersDescription: "Reminders of bid deadlines, unanswered questions, standstill periods and scores still to submit. Turned off, you still see them under Notifications.",
      legal: "Legally required messages, such as award letters and cancellations, are always sent by e-mail.",
      save: "Save",
      saved: "The settings are saved.",
      back: "Back to notifications",
    },
  },
};
