// A tiny typed event bus, synchronous on purpose: emit() calls every listener at once, in the
// order they subscribed, inside the emitter's call. So what a listener writes joins the emitter's
// transaction and its undo step, and a listener that throws makes the whole edit fail (nothing is
// written). Features use it to react to each other ("places moved": redraw the routes through
// them) without calling each other inline.

export type Listener<Payload> = (payload: Payload) => void;

export interface EventBus<Events extends object> {
  /** Adds a listener; returns the function that removes it. */
  on<Name extends keyof Events>(name: Name, listener: Listener<Events[Name]>): () => void;
  emit<Name extends keyof Events>(name: Name, payload: Events[Name]): void;
}

export function createEventBus<Events extends object>(): EventBus<Events> {
  const listeners = new Map<keyof Events, Listener<never>[]>();
  return {
    on(name, listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener as Listener<never>]);
      return () =>
        listeners.set(
          name,
          (listeners.get(name) ?? []).filter((entry) => entry !== listener),
        );
    },
    emit(name, payload) {
      for (const listener of listeners.get(name) ?? []) (listener as Listener<typeof payload>)(payload);
    },
  };
}
