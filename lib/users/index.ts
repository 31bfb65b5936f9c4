export { createUser, type CreateUserInput } from "./create-user";
export { listUsers } from "./list-users";
export type { UserSummary } from "./user-summary";
