// Who ran a check or pinned a baseline, as reports show it (one definition for every record, in lib/auth).
export { actorName } from "@/lib/auth";
