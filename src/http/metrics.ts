import client from 'prom-client';

export type Metrics = {
  registry: client.Registry;
  observe(method: string, route: string, status: number, seconds: number): void;
  appealsRegistered: client.Counter<'channel'>;
  appealActions: client.Counter<'action'>;
};

/** One registry per app instance, so tests can build many apps in one process. */
export function createMetrics(): Metrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const duration = new client.Histogram({
    name: 'jauap_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const appealsRegistered = new client.Counter({ name: 'jauap_appeals_registered_total', help: 'Appeals registered, by channel', labelNames: ['channel'] as const, registers: [registry] });
  const appealActions = new client.Counter({ name: 'jauap_appeal_actions_total', help: 'Actions applied to appeals', labelNames: ['action'] as const, registers: [registry] });
  return {
    registry,
    appealsRegistered,
    appealActions,
    observe: (method, route, status, seconds) => duration.labels(method, route, String(status)).observe(seconds),
  };
}
