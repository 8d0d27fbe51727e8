// Sortable, filterable tables for the report page: click a header to sort (again to reverse), type to
// filter by text, pick a section to keep the rows that have findings in it; long tables show a first page.

/** One column: its header, the value it sorts by, and the text shown (the value itself by default). */
export interface Column<T> {
  readonly key: string;
  readonly label: string;
  readonly numeric?: boolean;
  readonly value: (row: T) => string | number;
  readonly text?: (row: T) => string;
}

export interface TableOptions<T> {
  /** Rows shown before "Show all" (0: every row). */
  readonly limit: number;
  /** A search box whose text must occur in the first column. */
  readonly filter?: HTMLInputElement;
  /** A section picker, and whether a row belongs to the picked section. */
  readonly section?: { readonly select: HTMLSelectElement; readonly matches: (row: T, section: string) => boolean };
}

/** Renders `rows` into `container` (a <div>) as a table, and keeps it in step with the controls. */
export function renderTable<T>(container: HTMLElement, rows: readonly T[], columns: readonly Column<T>[], options: TableOptions<T>): void {
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  const body = table.createTBody();
  const status = document.createElement('p');
  status.className = 'table-status';
  status.setAttribute('aria-live', 'polite');
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'show-all';
  let sortBy: Column<T> | undefined;
  let descending = false;
  let showAll = options.limit === 0;

  const buttons = columns.map((column) => {
    const cell = document.createElement('th');
    cell.scope = 'col';
    if (column.numeric) cell.className = 'numeric';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = column.label;
    button.addEventListener('click', () => {
      descending = sortBy === column ? !descending : Boolean(column.numeric);
      sortBy = column;
      update();
    });
    cell.append(button);
    head.append(cell);
    return cell;
  });

  const visible = (): T[] => {
    const needle = options.filter?.value.trim().toLowerCase() ?? '';
    const section = options.section?.select.value ?? '';
    const first = columns[0];
    let kept = rows.filter((row) => (needle === '' || String(first?.value(row) ?? '').toLowerCase().includes(needle)) && (section === '' || (options.section?.matches(row, section) ?? true)));
    if (sortBy) {
      const column = sortBy;
      const sign = descending ? -1 : 1;
      kept = [...kept].sort((a, b) => {
        const x = column.value(a);
        const y = column.value(b);
        return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)));
      });
    }
    return kept;
  };

  const update = (): void => {
    const kept = visible();
    const shown = showAll ? kept : kept.slice(0, options.limit);
    const fragment = document.createDocumentFragment();
    for (const row of shown) {
      const line = document.createElement('tr');
      for (const column of columns) {
        const cell = document.createElement('td');
        if (column.numeric) cell.className = 'numeric';
        cell.textContent = column.text ? column.text(row) : String(column.value(row));
        line.append(cell);
      }
      fragment.append(line);
    }
    body.replaceChildren(fragment);
    columns.forEach((column, index) => buttons[index]?.setAttribute('aria-sort', sortBy === column ? (descending ? 'descending' : 'ascending') : 'none'));
    status.textContent = kept.length === rows.length ? `${shown.length} of ${rows.length} shown` : `${shown.length} of ${kept.length} matching (${rows.length} in all)`;
    more.hidden = shown.length === kept.length;
    more.textContent = `Show all ${kept.length}`;
  };

  more.addEventListener('click', () => {
    showAll = true;
    update();
  });
  options.filter?.addEventListener('input', update);
  options.section?.select.addEventListener('change', update);
  container.replaceChildren(table, status, more);
  update();
}
