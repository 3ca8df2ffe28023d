import { apiRoute } from "@/app/_lib/api-route";
import { runSupplierApiCommand } from "@/app/_lib/api-supplier";
import { askQuestion } from "@/lib/tenders";

export const dynamic = "force-dynamic";

/**
 * POST: a supplier's system asks a question on an announced competition (Bearer API token). Body: `{ "text": … }`
 * (and `supplierId` for a session user who acts for several organisations). 201 with the question's id.
 */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  POST: async (request, { params }) => {
    const tenderId = (await params).id;
    return runSupplierApiCommand(request, askQuestion, (body) => ({ ...body, tenderId }), 201);
  },
});
