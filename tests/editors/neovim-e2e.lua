-- End-to-end test in Neovim's own LSP client (Neovim 0.7+): start `pystandards server`, open a file
-- of the example backend, wait for its diagnostics, apply a quick fix, check the buffer, hover, and disable a finding for its line.
-- Run by tests/editors/neovim.test.ts; parameters come from the JSON file named by PYSTANDARDS_NVIM_PARAMS.
local params = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv('PYSTANDARDS_NVIM_PARAMS')), '\n'))
local result = {}

local function finish(ok, err)
  result.ok = ok
  result.error = err and tostring(err) or nil
  local file = assert(io.open(params.output, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qall!')
end

local function ours(bufnr)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.source == 'pystandards' then table.insert(found, d) end
  end
  return found
end

local function brief(diagnostics)
  local out = {}
  for _, d in ipairs(diagnostics) do
    table.insert(out, { code = d.code, lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity })
  end
  return out
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(params.file))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'pystandards',
    cmd = { params.node, params.cli, 'server' },
    root_dir = params.root,
    get_language_id = function() return 'python' end,
  })
  assert(client_id, 'vim.lsp.start_client returned nothing')
  vim.lsp.buf_attach_client(bufnr, client_id)

  assert(vim.wait(30000, function() return #ours(bufnr) > 0 end, 20), 'no diagnostics from pystandards')
  result.before = brief(ours(bufnr))

  local target
  for _, d in ipairs(ours(bufnr)) do
    if d.code == 'TYP004' then target = d end
  end
  assert(target, 'no TYP004 diagnostic')
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local request = vim.lsp.util.make_range_params()
  request.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr), only = { 'quickfix' } }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', request, 10000)
  local action
  result.titles = {}
  for _, response in pairs(responses or {}) do
    for _, candidate in ipairs(response.result or {}) do
      table.insert(result.titles, candidate.title)
      if candidate.kind == 'quickfix' and candidate.title:find('(TYP004)', 1, true) and not candidate.title:find('Disable', 1, true) then action = candidate end
    end
  end
  assert(action and action.edit, 'no TYP004 quick fix with an edit')
  result.action = action.title
  vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
  result.lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)

  -- The edit is a change like any other: the server checks the new text and TYP004 goes.
  assert(vim.wait(30000, function()
    for _, d in ipairs(ours(bufnr)) do
      if d.code == 'TYP004' then return false end
    end
    return #ours(bufnr) > 0
  end, 20), 'TYP004 is still reported after the fix')
  result.after = brief(ours(bufnr))

  local hover_at
  for _, d in ipairs(ours(bufnr)) do
    if d.code == 'NAM007' then hover_at = d end
  end
  assert(hover_at, 'no NAM007 diagnostic to hover')
  local hovers = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = hover_at.lnum, character = hover_at.col },
  }, 10000)
  for _, response in pairs(hovers or {}) do
    if response.result then result.hover = response.result.contents.value end
  end

  -- "Disable NAM007 for this line": resolved first when the server left its edit for later.
  vim.api.nvim_win_set_cursor(0, { hover_at.lnum + 1, hover_at.col })
  local disable_request = vim.lsp.util.make_range_params()
  disable_request.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr), only = { 'quickfix' } }
  local disable
  for _, response in pairs(vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', disable_request, 10000) or {}) do
    for _, candidate in ipairs(response.result or {}) do
      if candidate.title == 'pystandards (NAM007): Disable NAM007 for this line' then disable = candidate end
    end
  end
  assert(disable, 'no Disable NAM007 action')
  if not disable.edit then
    for _, response in pairs(vim.lsp.buf_request_sync(bufnr, 'codeAction/resolve', disable, 10000) or {}) do
      if response.result then disable = response.result end
    end
  end
  assert(disable.edit, 'the Disable action has no edit')
  vim.lsp.util.apply_workspace_edit(disable.edit, 'utf-16')
  result.disabled_line = vim.api.nvim_buf_get_lines(bufnr, hover_at.lnum, hover_at.lnum + 1, false)[1]
  assert(vim.wait(30000, function()
    for _, d in ipairs(ours(bufnr)) do
      if d.code == 'NAM007' then return false end
    end
    return #ours(bufnr) > 0
  end, 20), 'NAM007 is still reported after disabling it')
  result.after_disable = brief(ours(bufnr))

  vim.lsp.stop_client(client_id)
  result.stopped = vim.wait(10000, function() return vim.lsp.client_is_stopped(client_id) end, 20)
end)

finish(ok, err)
