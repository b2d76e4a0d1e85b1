/**
 * How often a node marks the presence intervals it holds open as still there. One not marked
 * for two of these belonged to a node that stopped without closing it.
 */
export const PRESENCE_HEARTBEAT_MS = 60_000;
