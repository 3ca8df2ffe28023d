import { runApiCommand } from "@/app/_lib/api-command";
import { createUser } from "@/lib/users";

export const dynamic = "force-dynamic";

/** Creates a user with a first role (ADMIN only). Body: the same fields as the admin form, as JSON. */
export async function POST(request: Request) {
  return runApiCommand(request, createUser, 201);
}
