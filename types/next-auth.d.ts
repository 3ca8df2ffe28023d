import "next-auth";

declare module "next-auth" {
  /** The session carries the user id only; roles are read from the database per request. */
  interface Session {
    user: { id: string };
  }
}
