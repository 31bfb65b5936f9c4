/** The header through which the edge tells better-auth the client's resolved address (never a client's). */
export const CLIENT_ADDRESS_HEADER = "x-shortlist-client-address";
