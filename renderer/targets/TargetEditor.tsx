/**
 * One target being written: its label, the cells it speaks of (a preset scope or one built from kinds and
 * unit types), a measure of the catalogue with its parameters in words, a threshold and a due year — and,
 * while it is edited, what it reads now for the chosen year (targets.preview), so a wrong scope shows at once.
 */
import { useEffect, useState } from 'react';
import { call, type In, type Out } from '../api.ts';
import { WriteErrorNote } from '../components/Notice.tsx';
import type { Write } from '../useWrite.ts';
import { formatDecimal, formatInt, formatShare } from '../../format/vi.ts';
import { CELL_KINDS, KIND_LABELS, LEVEL_LABELS, ROLE_LABELS, UNIT_TYPES } from '../../org/catalog.ts';

type Catalog = Out<'targets.catalog'>;
type Scope = Catalog['scopes'][number];
type Preview = Out<'targets.preview'>;
export type TargetDraft = Omit<In<'targets.add'>, 'planId'>;

interface JsonProp {
  type?: string;
  enum?: string[];
  items?: { enum?: string[] };
  default?: unknown;
  minimum?: number;
}

const STATUS: Record<string, string> = {
  met: 'Đạt',
  notMet: 'Chưa đạt',
  progress: 'Đang thực hiện',
  outsidePeriod: 'Ngoài thời gian của đề án',
  noData: 'Chưa có số liệu',
};
const PARAM_LABELS: Record<string, string> = {
  atLeast: 'Từ mức',
  min: 'Số đảng viên kết nạp tối thiểu',
  roles: 'Chức vụ',
  education: 'Học vấn',
  professional: 'Chuyên môn từ',
  theory: 'Lý luận chính trị từ',
};

export function emptyTarget(catalog: Catalog, endYear: number): TargetDraft {
  const m = catalog.measures[0]!;
  return {
    label: '',
    scope: catalog.scopes[0] ?? { label: 'Tất cả chi bộ', anyOf: [{ kind: [...CELL_KINDS] }] },
    measure: m.id,
    params: defaults(m.params),
    threshold: 90,
    due: 'byYear',
    dueYear: endYear,
  };
}

function defaults(schema: Record<string, unknown>): Record<string, unknown> {
  const props = (schema.properties ?? {}) as Record<string, JsonProp>;
  return Object.fromEntries(
    Object.entries(props)
      .filter(([, p]) => p.default !== undefined)
      .map(([k, p]) => [k, p.default]),
  );
}

const scopeKey = (s: Scope | string) => (typeof s === 'string' ? s : (s.code ?? JSON.stringify(s.anyOf)));

export function TargetEditor({
  catalog,
  planId,
  year,
  initial,
  write,
  onSave,
  onCancel,
}: {
  catalog: Catalog;
  planId: number | null;
  year: number;
  initial: TargetDraft;
  /** The plan editor's write: `onSave` runs through it, and a refusal shows here, in the form. */
  write: Write;
  onSave(t: TargetDraft): Promise<void>;
  onCancel(): void;
}) {
  const [t, setT] = useState<TargetDraft>(initial);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const measure = catalog.measures.find((m) => m.id === t.measure);
  const scopeObj: Scope | null = typeof t.scope === 'string' ? (catalog.scopes.find((s) => s.code === t.scope) ?? null) : t.scope;
  const custom = scopeObj !== null && !catalog.scopes.some((s) => scopeKey(s) === scopeKey(scopeObj));

  // The preview follows every edit; a pause in typing (300 ms) before asking keeps the calls few.
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      call('targets.preview', { ...t, label: t.label.trim() || 'Chỉ tiêu đang soạn', year, ...(planId ? { planId } : {}) }).then(
        (p) => {
          if (live) {
            setPreview(p);
            setPreviewError(null);
          }
        },
        (e: Error) => {
          if (live) {
            setPreview(null);
            setPreviewError(e.message);
          }
        },
      );
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [t, year, planId]);

  const setParam = (k: string, v: unknown) => {
    const next = { ...(t.params ?? {}) };
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) delete next[k];
    else next[k] = v;
    setT({ ...t, params: next });
  };

  const props = (measure?.params.properties ?? {}) as Record<string, JsonProp>;
  const r = preview?.result;
  return (
    <form
      className="panel target-editor"
      data-testid="target-editor"
      aria-label="Soạn chỉ tiêu"
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(t);
      }}
    >
      <label className="field">
        Nội dung chỉ tiêu (như viết trong đề án)
        <textarea
          rows={2}
          value={t.label}
          onChange={(e) => setT({ ...t, label: e.target.value })}
          required
          aria-label="Nội dung chỉ tiêu"
        />
      </label>
      <label className="field">
        Cách đo
        <select
          value={t.measure}
          aria-label="Cách đo"
          onChange={(e) => {
            const m = catalog.measures.find((x) => x.id === e.target.value)!;
            setT({ ...t, measure: m.id, params: defaults(m.params) });
          }}
        >
          {catalog.measures.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
      {Object.entries(props).map(([k, p]) => (
        <ParamField key={k} name={k} prop={p} value={t.params?.[k]} catalog={catalog} onChange={(v) => setParam(k, v)} />
      ))}
      <label className="field">
        Phạm vi
        <select
          aria-label="Phạm vi"
          value={custom ? '__custom' : scopeObj ? scopeKey(scopeObj) : ''}
          onChange={(e) => {
            if (e.target.value === '__custom') setT({ ...t, scope: { label: 'Tất cả chi bộ', anyOf: [{ kind: [...CELL_KINDS] }] } });
            else setT({ ...t, scope: catalog.scopes.find((s) => scopeKey(s) === e.target.value)! });
          }}
        >
          {catalog.scopes.map((s) => (
            <option key={scopeKey(s)} value={scopeKey(s)}>
              {s.label}
            </option>
          ))}
          <option value="__custom">Tự chọn theo loại và loại hình chi bộ…</option>
        </select>
        {scopeObj?.description && !custom && <span className="small muted">{scopeObj.description}</span>}
      </label>
      {custom && scopeObj && <ScopeBuilder scope={scopeObj} onChange={(s) => setT({ ...t, scope: s })} />}
      <div className="row-form">
        <label className="field">
          Ngưỡng (%){' '}
          <input
            type="number"
            min={0}
            max={100}
            // Any step: a third decimal reaches the backend, whose rule (targets/threshold.ts) says in Vietnamese,
            // with its code, that a threshold has at most two; the browser's own bubble would say "step" in the OS's language.
            step="any"
            value={t.threshold}
            aria-label="Ngưỡng (%)"
            onChange={(e) => setT({ ...t, threshold: Number(e.target.value) })}
            required
          />
        </label>
        <label className="field">
          Thời hạn
          <select value={t.due} aria-label="Thời hạn" onChange={(e) => setT({ ...t, due: e.target.value as TargetDraft['due'] })}>
            <option value="everyYear">Hằng năm</option>
            <option value="byYear">Đến năm</option>
          </select>
        </label>
        {t.due === 'byYear' && (
          <label className="field">
            Năm{' '}
            <input
              type="number"
              min={1990}
              max={2100}
              value={t.dueYear ?? ''}
              aria-label="Đến năm"
              onChange={(e) => setT({ ...t, dueYear: e.target.value ? Number(e.target.value) : null })}
              required
            />
          </label>
        )}
      </div>
      <div className="preview" data-testid="target-preview" aria-live="polite">
        <strong>Giá trị hiện tại (năm {year}): </strong>
        {r ? (
          <>
            <span data-testid="target-preview-value">
              {r.part !== null && r.whole
                ? formatShare(r.part, r.whole)
                : r.actual === null
                  ? '—'
                  : `${formatDecimal(Math.round(r.actual * 100) / 100)}%`}
            </span>
            {r.part !== null && r.whole !== null && (
              <span className="muted">
                {' '}
                ({formatInt(r.part)}/{formatInt(r.whole)})
              </span>
            )}
            {' — '}
            <span className={`status-${r.status}`}>{STATUS[r.status] ?? r.status}</span>
            {r.met === false && r.shortfall ? <span> (thiếu {formatInt(r.shortfall)})</span> : null}
            <div className="small">{r.text}</div>
            {(preview.missingUnits > 0 || preview.coverageText) && (
              <div className="incomplete" data-testid="target-preview-missing">
                {preview.coverageText ?? `thiếu số liệu ${formatInt(preview.missingUnits)} đơn vị`}
              </div>
            )}
          </>
        ) : previewError ? (
          <span className="muted">{previewError}</span>
        ) : (
          <span className="muted">đang tính…</span>
        )}
      </div>
      <WriteErrorNote error={write.error} onClose={write.clearError} />
      <div className="actions">
        <button type="submit" className="primary" disabled={write.busy}>
          Lưu chỉ tiêu
        </button>
        <button type="button" onClick={onCancel}>
          Thôi
        </button>
      </div>
    </form>
  );
}

function enumLabel(name: string, code: string, catalog: Catalog, measureSubject?: string): string {
  if (name === 'atLeast') {
    const l = catalog.comparableLevels.find((x) => x.code === code);
    return l ? (measureSubject === 'cells' ? l.unit : l.member) : code;
  }
  return LEVEL_LABELS[code] ?? ROLE_LABELS[code as keyof typeof ROLE_LABELS] ?? code;
}

function ParamField({
  name,
  prop,
  value,
  catalog,
  onChange,
}: {
  name: string;
  prop: JsonProp;
  value: unknown;
  catalog: Catalog;
  onChange(v: unknown): void;
}) {
  const label = PARAM_LABELS[name] ?? name;
  if (prop.type === 'array' && prop.items?.enum) {
    const chosen = Array.isArray(value) ? (value as string[]) : [];
    return (
      <fieldset className="inline-choices">
        <legend>{label} (để trống: tất cả)</legend>
        {prop.items.enum.map((c) => (
          <label key={c} className="field inline">
            <input
              type="checkbox"
              checked={chosen.includes(c)}
              onChange={(e) => onChange(e.target.checked ? [...chosen, c] : chosen.filter((x) => x !== c))}
            />{' '}
            {enumLabel(name, c, catalog)}
          </label>
        ))}
      </fieldset>
    );
  }
  if (prop.enum) {
    return (
      <label className="field">
        {label}
        <select aria-label={label} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || undefined)}>
          {prop.default === undefined && <option value="">— không xét —</option>}
          {prop.enum.map((c) => (
            <option key={c} value={c}>
              {enumLabel(name, c, catalog, name === 'atLeast' ? 'cells' : undefined)}
            </option>
          ))}
        </select>
      </label>
    );
  }
  if (prop.type === 'integer' || prop.type === 'number') {
    return (
      <label className="field">
        {label}{' '}
        <input
          type="number"
          aria-label={label}
          min={prop.minimum}
          value={typeof value === 'number' ? value : ''}
          onChange={(e) => onChange(e.target.value ? Number(e.target.value) : undefined)}
        />
      </label>
    );
  }
  return null;
}

/** A scope of one's own: the kinds and unit types of the cells it holds. */
function ScopeBuilder({ scope, onChange }: { scope: Scope; onChange(s: Scope): void }) {
  const f = scope.anyOf[0] ?? {};
  const kinds = f.kind ?? [...CELL_KINDS];
  const types = f.unitType ?? [];
  const set = (next: { kind?: string[]; unitType?: string[] }) => {
    const filter = {
      kind: (next.kind ?? kinds) as typeof CELL_KINDS,
      ...((next.unitType ?? types).length ? { unitType: next.unitType ?? types } : {}),
    };
    const typeNames = (filter.unitType ?? []).map((t) => UNIT_TYPES[t] ?? t);
    onChange({ label: typeNames.length ? typeNames.join(', ') : 'Tất cả chi bộ', anyOf: [filter] });
  };
  return (
    <fieldset className="scope-builder" data-testid="scope-builder">
      <legend>Chi bộ thuộc phạm vi</legend>
      <label className="field">
        Tên phạm vi (in trong văn bản){' '}
        <input aria-label="Tên phạm vi" value={scope.label} onChange={(e) => onChange({ ...scope, label: e.target.value })} />
      </label>
      {CELL_KINDS.map((k) => (
        <label key={k} className="field inline">
          <input
            type="checkbox"
            checked={kinds.includes(k)}
            onChange={(e) => set({ kind: e.target.checked ? [...kinds, k] : kinds.filter((x) => x !== k) })}
          />{' '}
          {KIND_LABELS[k]}
        </label>
      ))}
      <div className="small muted">Loại hình (để trống: mọi loại hình):</div>
      {Object.entries(UNIT_TYPES).map(([code, name]) => (
        <label key={code} className="field inline">
          <input
            type="checkbox"
            checked={types.includes(code)}
            onChange={(e) => set({ unitType: e.target.checked ? [...types, code] : types.filter((x) => x !== code) })}
          />{' '}
          {name}
        </label>
      ))}
    </fieldset>
  );
}
