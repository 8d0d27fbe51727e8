// SDK glue: builds an McpServer from the neutral definitions; one factory serves both protocol eras.
import { McpServer, ResourceNotFoundError, ResourceTemplate, type CallToolResult, type McpServerFactory } from '@modelcontextprotocol/server';
import { VERSION } from '../api/index.js';
import { PROMPTS } from './definitions/prompts.js';
import { STATIC_RESOURCES, TEMPLATE_RESOURCES } from './definitions/resources.js';
import { TOOLS } from './definitions/tools.js';
import {
  NotFoundError,
  ToolError,
  type AnyPrompt,
  type AnyTool,
  type McpServices,
  type PromptMessage,
  type TemplateResource,
  type ToolResult,
} from './definitions/types.js';
import { BudgetExceededError, RunnerBusyError, RunnerTaskError } from './runner.js';

export const SERVER_NAME = 'pystandards';

export const INSTRUCTIONS = `pystandards serves the team's Python Backend Standards and checks Python code against them.
- Before writing Python backend code, call load_relevant_standards with a one-line description of the task (or get_engineering_standards for a whole section).
- Before handing code over, call check_python_code on it, apply the safe fixes with fix_python_code, and fix the remaining findings by hand. Every finding names its rule and the section of the standards that requires it.
- explain_rule and the rules://{code} resources explain a rule; standards://python-backend/{part} holds each section.`;

/** Failures the caller can act on become `isError` results with a plain message. */
function errorResult(message: string): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: message }] };
}

function isCallerError(error: unknown): error is Error {
  return error instanceof ToolError || error instanceof BudgetExceededError || error instanceof RunnerBusyError || error instanceof RunnerTaskError;
}

function registerTool(server: McpServer, tool: AnyTool, services: McpServices, log: (line: string) => void): void {
  const run = tool.run as (args: unknown, services: McpServices) => Promise<ToolResult<unknown>>;
  server.registerTool(
    tool.name,
    { title: tool.title, description: tool.description, inputSchema: tool.input, outputSchema: tool.output, annotations: { title: tool.title, ...tool.annotations } },
    async (args: unknown): Promise<CallToolResult> => {
      try {
        const result = await run(args, services);
        return { content: [{ type: 'text', text: result.text }], structuredContent: result.data as Record<string, unknown> };
      } catch (error) {
        if (isCallerError(error)) return errorResult(error.message);
        log(`pystandards mcp: ${tool.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return errorResult(`internal error in ${tool.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  );
}

function readOrNotFound(read: () => string): string {
  try {
    return read();
  } catch (error) {
    if (error instanceof NotFoundError) throw new ResourceNotFoundError(error.uri);
    throw error;
  }
}

function registerTemplate(server: McpServer, resource: TemplateResource, services: McpServices): void {
  const template = new ResourceTemplate(resource.uriTemplate, {
    list: () => ({ resources: resource.list(services).map((entry) => ({ ...entry, mimeType: resource.mimeType })) }),
    complete: { [resource.variable]: (value: string) => [...resource.complete(value, services)] },
  });
  server.registerResource(resource.name, template, { title: resource.title, description: resource.description, mimeType: resource.mimeType }, (uri, variables) => {
    const raw = variables[resource.variable];
    const value = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
    const text = readOrNotFound(() => resource.read(value, services));
    return { contents: [{ uri: uri.href, mimeType: resource.mimeType, text }] };
  });
}

function registerPrompt(server: McpServer, prompt: AnyPrompt, services: McpServices): void {
  const render = prompt.render as (args: unknown, services: McpServices) => Promise<{ description: string; messages: PromptMessage[] }>;
  server.registerPrompt(prompt.name, { title: prompt.title, description: prompt.description, argsSchema: prompt.args }, async (args: unknown) => {
    const { description, messages } = await render(args, services);
    return { description, messages: messages.map((message) => ({ role: message.role, content: { ...message.content } })) };
  });
}

/** One server instance with every tool, resource and prompt registered (in a fixed order). */
export function buildServer(services: McpServices, log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): McpServer {
  const server = new McpServer({ name: SERVER_NAME, title: 'pystandards', version: VERSION }, { instructions: INSTRUCTIONS });
  for (const tool of TOOLS) if (tool.available?.(services) ?? true) registerTool(server, tool, services, log);
  for (const resource of STATIC_RESOURCES) {
    server.registerResource(resource.name, resource.uri, { title: resource.title, description: resource.description, mimeType: resource.mimeType }, (uri) => ({
      contents: [{ uri: uri.href, mimeType: resource.mimeType, text: resource.read(services) }],
    }));
  }
  for (const resource of TEMPLATE_RESOURCES) registerTemplate(server, resource, services);
  for (const prompt of PROMPTS) registerPrompt(server, prompt, services);
  return server;
}

/** The factory both transports use: a fresh instance per connection (stdio) or per request (HTTP). */
export function serverFactory(services: McpServices): McpServerFactory {
  return () => buildServer(services);
}
