import { runApiCommand } from "@/app/_lib/api-command";
import { apiRoute } from "@/app/_lib/api-route";
import { createUser } from "@/lib/users";

export const dynamic = "force-dynamic";

/** POST creates a user with a first role (ADMIN only). Body: the same fields as the admin form, as JSON. */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({ POST: (request) => runApiCommand(request, createUser, 201) });
