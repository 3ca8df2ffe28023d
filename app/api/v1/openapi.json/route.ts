import { apiRoute } from "@/app/_lib/api-route";
import { openApiDocument } from "@/lib/openapi/document";

export const dynamic = "force-dynamic";

/** GET: the OpenAPI 3.1 description of /api/v1, generated from the endpoints' zod schemas. */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: async () => Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } }),
});
