import { z } from "zod";

import { defineCommand } from "@/lib/mutation";
import { ZCheckbox } from "@/lib/schemas";

/**
 * A user's own e-mail choices: reminder e-mail on or off. Legally required messages (kind category "legal") and
 * ordinary notices are mailed regardless; reminders stay in the centre either way. Audited on the global chain.
 */
export const updateNotificationPreferences = defineCommand({
  name: "notifications.updatePreferences",
  action: "notification.update_preferences",
  input: z.object({ emailReminders: ZCheckbox }).strict(),
  load: async ({ tx, actor }) => ({
    userId: actor.userId,
    emailReminders: (await tx.notificationPreference.findUnique({ where: { userId: actor.userId } }))?.emailReminders ?? true,
  }),
  async run({ tx, actor, input, resource }) {
    if (resource.emailReminders === input.emailReminders) return { data: { changed: false }, audit: [] };
    await tx.notificationPreference.upsert({ where: { userId: actor.userId }, create: { userId: actor.userId, emailReminders: input.emailReminders }, update: { emailReminders: input.emailReminders } });
    return {
      data: { changed: true },
      audit: { chain: "global", action: "notification.preferences_changed", entityType: "User", entityId: actor.userId, before: { emailReminders: resource.emailReminders }, after: { emailReminders: input.emailReminders } },
    };
  },
});
