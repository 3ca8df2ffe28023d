import { BodyShort, Detail, Tag } from "@navikt/ds-react";

export interface NotificationItem {
  id: string;
  title: string;
  summary: string;
  at: string;
  read: boolean;
}

interface Props {
  items: readonly NotificationItem[];
  /** Marks the notification (form field `id`) read for this user and goes to what it is about. */
  openAction: (form: FormData) => Promise<void>;
  labels: { list: string; unread: string; empty: string };
}

/**
 * The centre's list, newest first. Each title is a button in its own form (opening marks it read, then leads to the
 * subject); unread ones say so in text, not only by the bar and weight.
 */
export function NotificationList({ items, openAction, labels }: Props) {
  if (items.length === 0) return <BodyShort>{labels.empty}</BodyShort>;
  return (
    <ul className="notification-list" aria-label={labels.list}>
      {items.map((item) => (
        <li key={item.id} className="notification-item" data-unread={item.read ? undefined : ""}>
          <form action={openAction}>
            <input type="hidden" name="id" value={item.id} />
            <button type="submit" className="notification-open">
              {item.title}
            </button>
            {!item.read && (
              <Tag variant="info" size="xsmall" style={{ marginLeft: "0.5rem" }}>
                {labels.unread}
              </Tag>
            )}
          </form>
          <BodyShort size="small">{item.summary}</BodyShort>
          <Detail textColor="subtle">{item.at}</Detail>
        </li>
      ))}
    </ul>
  );
}
