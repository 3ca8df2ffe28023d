export { defineDetailQuery, defineListQuery, definePublicQuery, runQuery } from "./query";
export type { DetailQuery, ListContext, ListQuery, PublicQuery, Query, QueryContext, QueryOptions, QueryResult } from "./query";
export { scopeWhere } from "./scope";
export { noInput } from "./schemas";
