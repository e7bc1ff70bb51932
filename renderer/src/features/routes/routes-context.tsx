import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { RouteDetails } from '../../../../shared/api/contract.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import { routeMessages as m } from '../../../../shared/i18n/messages/ui/routes.js';
import type { Route } from '../../../../shared/model/schemas.js';
import { useApi } from '../../api/api-context.js';
import { useWorkspace } from '../../app/project/workspace-context.js';
import { errorNotice, type Notice } from '../../i18n/notice.js';
import { useRouteEdits, type RouteEdits } from './use-route-edits.js';

// The routes feature's state: which route is open in the panel, its details from the backend
// (elevation, schedule), and what the panel shows on the map for a moment: the spot hovered on
// the elevation profile and a proposed line (a better order) not yet kept.

export interface RoutesState {
  selectedRouteId: number | null;
  /** The open route as last read (it follows undo, redo and edits: a new object each time). */
  selectedRoute: Route | null;
  /** Sets the open route; the place selection is app state, so use useSelection().selectRoute. */
  setSelectedRouteId(id: number | null): void;
  details: RouteDetails | null;
  detailsError: Notice | null;
  /** A spot on the line (from the elevation profile), marked on the map. */
  hover: [number, number] | null;
  setHover(position: [number, number] | null): void;
  /** A line proposed for the open route (the best order) before it is kept or dropped. */
  preview: [number, number][] | null;
  setPreview(line: [number, number][] | null): void;
  edits: RouteEdits;
  /** What a click on a place does while a route is open, shown over the map. */
  hint: Notice | null;
}

const RoutesContext = createContext<RoutesState | null>(null);

export function RoutesProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { data } = useWorkspace();
  const [selectedRouteId, setSelectedRouteId] = useState<number | null>(null);
  const [details, setDetails] = useState<RouteDetails | null>(null);
  const [detailsError, setDetailsError] = useState<Notice | null>(null);
  const [hover, setHover] = useState<[number, number] | null>(null);
  const [preview, setPreview] = useState<[number, number][] | null>(null);
  const selectedRoute = useMemo(
    () => (selectedRouteId === null ? null : (data.routes.find((route) => route.id === selectedRouteId) ?? null)),
    [data.routes, selectedRouteId],
  );
  const edits = useRouteEdits(selectedRoute);

  // A route that vanished (deleted, or undone) is no longer open.
  useEffect(() => {
    if (data.mapReady && selectedRouteId !== null && !selectedRoute) setSelectedRouteId(null);
  }, [data.mapReady, selectedRouteId, selectedRoute]);

  // The details follow the route: each edit, undo or redo reads it again (a new object).
  useEffect(() => {
    setHover(null);
    setPreview(null);
    if (!selectedRoute) {
      setDetails(null);
      setDetailsError(null);
      return;
    }
    let live = true;
    api.getRouteDetails({ id: selectedRoute.id }).then(
      (read) => {
        if (!live) return;
        setDetails(read);
        setDetailsError(null);
      },
      (error: unknown) => {
        if (live) setDetailsError(errorNotice(error));
      },
    );
    return () => {
      live = false;
    };
  }, [api, selectedRoute]);

  const current = details && selectedRoute && details.route.id === selectedRoute.id ? details : null;
  const value = useMemo<RoutesState>(
    () => ({
      selectedRouteId,
      selectedRoute,
      setSelectedRouteId,
      details: current,
      detailsError,
      hover,
      setHover,
      preview,
      setPreview,
      edits,
      hint: selectedRoute ? messageRef(m.hintAddStop, { name: selectedRoute.name }) : null,
    }),
    [selectedRouteId, selectedRoute, current, detailsError, hover, preview, edits],
  );
  return <RoutesContext.Provider value={value}>{children}</RoutesContext.Provider>;
}

/** The routes' state, or null outside a RoutesProvider (a panel shown on its own). */
export function useOptionalRoutes(): RoutesState | null {
  return useContext(RoutesContext);
}

export function useRoutes(): RoutesState {
  const routes = useContext(RoutesContext);
  if (!routes) throw new Error('useRoutes() needs a <RoutesProvider> above it');
  return routes;
}
