// A tiny TCP proxy in front of PostgreSQL, so a test can take the database away from the app and give it back.
import net from 'node:net';
import { createDatabase, pgApp, pgServerUrl, type PgApp } from './postgres.ts';

export interface TcpProxy {
  port: number;
  /** Stops listening and cuts every open connection: to the app the database is gone. */
  cut(): Promise<void>;
  /** Listens again on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function tcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, targetHost);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => { client.destroy(); upstream.destroy(); });
    }
    client.pipe(upstream).pipe(client);
  });
  const listen = (port: number) => new Promise<number>((resolve) => server.listen(port, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));
  const port = await listen(0);
  const cut = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const s of sockets) s.destroy();
    await closed;
  };
  return {
    port,
    cut,
    restore: async () => { await listen(port); },
    close: async () => { if (server.listening) await cut(); },
  };
}

/**
 * A database of its own for the test file, and the app on it reaching PostgreSQL only through a proxy,
 * as through a network that can fail: the outage tests cut and restore the proxy.
 */
export async function pgAppThroughProxy(label: string): Promise<{ proxy: TcpProxy; app: PgApp }> {
  const { url } = await createDatabase(label);
  const target = new URL(pgServerUrl());
  const proxy = await tcpProxy(target.hostname, Number(target.port || 5432));
  const through = new URL(url);
  through.host = `127.0.0.1:${proxy.port}`;
  return { proxy, app: await pgApp(through.toString()) };
}
