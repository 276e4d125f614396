export interface StaticServer {
  origin: string;
  url: string;
  close(): Promise<void>;
}
export function startStaticServer(root: string, options?: { headers?: (path: string) => Record<string, string> }): Promise<StaticServer>;
