import { runApiQuery } from "@/app/_lib/api-query";
import { apiRoute } from "@/app/_lib/api-route";
import { getClock } from "@/lib/clock";
import { publicDialogueJson } from "@/lib/dialogues/public-json";
import { getPublishedDialogue } from "@/lib/dialogues/queries/published-dialogues";

export const dynamic = "force-dynamic";

/** GET: one published market dialogue (never its answers); drafts and unknown ids are 404. */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: async (request, { params }) =>
    runApiQuery(request, getPublishedDialogue, { id: (await params).id }, (dialogue) => Response.json(publicDialogueJson(dialogue, getClock().now()))),
});
