/**
 * Building the numbered outline of a document body: roman sections, "1.", "3.1." items,
 * "a)" items, plus the text lines and table rows that belong to each.
 */
import { fold } from '../../../platform/text';
import { shapeOf } from './line-kinds';
import { isUpperText } from './vn-text';

/** How the items of a section are read. */
export type SectionKind = 'tasks' | 'skip' | 'responsibilities' | 'mixed';

/** One node of the outline. */
export interface OutlineNode {
  kind: 'root' | 'section' | 'item';
  /** Full code: "II", "II.3.1", "II.3.4.a", "2.a"; '' for the root and unnumbered sections. */
  code: string;
  /** Number as written ("3.1", "a"), for rebuilding text. */
  label: string;
  heading: string;
  /** Arabic path of an item; a lettered item keeps its parent's path. */
  path: number[];
  letter: boolean;
  /** Plain text lines (bullets included) directly under this node. */
  body: string[];
  /** Table rows directly under this node. */
  rows: string[][];
  children: OutlineNode[];
  sectionKind: SectionKind;
}

const RESPONSIBILITY_HEADINGS = /^(?:to chuc thuc hien|trach nhiem|phan cong)/u;
const SKIP_HEADINGS = /^(?:muc dich|muc tieu|yeu cau|quan diem|pham vi|doi tuong|kinh phi|che do bao cao|can cu|tinh hinh|ket qua|danh gia|thuc trang)/u;
// Sections of emulation drives and inspection plans that hold targets, criteria, methods or a checklist, not work:
// "CHỈ TIÊU THI ĐUA", "TIÊU CHUẨN, HÌNH THỨC, HỒ SƠ KHEN THƯỞNG", "THỜI GIAN THI ĐUA …", "PHƯƠNG PHÁP KIỂM TRA",
// "NỘI DUNG TRỌNG TÂM KIỂM TRA", "ĐOÀN KIỂM TRA, ĐƠN VỊ ĐƯỢC KIỂM TRA …", "HÌNH THỨC TUYÊN TRUYỀN".
const NOT_WORK_HEADINGS = /^(?:chi tieu|tieu chuan|tieu chi|hinh thuc|khen thuong|dieu kien|thoi gian|phuong phap|doan kiem tra|lich kiem tra|noi dung (?:[a-z ]*\s)?(?:kiem tra|thi dua|tuyen truyen|khen thuong))/u;
// In documents without roman sections only these top-level headings act as sections.
const TOP_LEVEL_SECTION = /^(?:muc dich|muc tieu|yeu cau|kinh phi|to chuc thuc hien|trach nhiem|phan cong)/u;
// The closing paragraph ("Trên đây là Kế hoạch …") belongs to no item.
const TASK_SECTION_HEADINGS = /^(?:noi dung|nhiem vu|cac nhiem vu)/u;
const CLOSING_PARAGRAPH = /^(?:tren day la|trong qua trinh (?:to chuc )?(?:trien khai )?thuc hien,? neu)/u;

/** Classifies a section heading ("NỘI DUNG" → tasks, "TỔ CHỨC THỰC HIỆN" → responsibilities). */
function classifySection(heading: string): SectionKind {
  const f = fold(heading);
  if (RESPONSIBILITY_HEADINGS.test(f)) return 'responsibilities';
  if (SKIP_HEADINGS.test(f) || NOT_WORK_HEADINGS.test(f)) return 'skip';
  return 'tasks';
}

/** For a top-level item of a document without roman sections: the section kind its heading names, or null. */
export function topLevelSectionKind(heading: string): SectionKind | null {
  const f = fold(heading);
  if (heading.split(/\s+/u).length > 8 || !TOP_LEVEL_SECTION.test(f)) return null;
  return classifySection(heading);
}

function newNode(kind: OutlineNode['kind'], code: string, label: string, heading: string, sectionKind: SectionKind): OutlineNode {
  return { kind, code, label, heading, path: [], letter: false, body: [], rows: [], children: [], sectionKind };
}

/** Builds the outline of `lines` (a document body); text before the first numbered line stays on the root. */
export function buildOutline(lines: readonly string[], rootKind: SectionKind): OutlineNode {
  const root = newNode('root', '', '', '', rootKind);
  let stack: OutlineNode[] = [root];
  let section = root;
  const top = (): OutlineNode => stack[stack.length - 1] ?? root;
  for (const line of lines) {
    const shape = shapeOf(line);
    switch (shape.kind) {
      case 'blank':
        break;
      case 'roman':
      case 'article': {
        const code = shape.kind === 'roman' ? shape.label : `Điều ${shape.label}`;
        const kind = shape.kind === 'roman' ? classifySection(shape.text) : 'skip';
        section = newNode('section', code, shape.label, shape.text, kind);
        root.children.push(section);
        stack = [section];
        break;
      }
      case 'row':
        top().rows.push(shape.cells);
        break;
      case 'arabic': {
        while (stack.length > 1 && !isAncestorPath(top(), shape.path)) stack.pop();
        const label = shape.path.join('.');
        const node = newNode('item', joinCode(section.code, label), label, shape.text, section.sectionKind);
        node.path = shape.path;
        top().children.push(node);
        stack.push(node);
        break;
      }
      case 'letter': {
        while (stack.length > 1 && top().letter) stack.pop();
        const parent = top();
        const node = newNode('item', joinCode(parent.code, shape.label), shape.label, shape.text, section.sectionKind);
        node.path = parent.path;
        node.letter = true;
        parent.children.push(node);
        stack.push(node);
        break;
      }
      case 'text': {
        const f = fold(line);
        if (CLOSING_PARAGRAPH.test(f)) return root;
        if (isUpperText(line) && line.split(/\s+/u).length <= 10 && (classifySection(line) !== 'tasks' || TASK_SECTION_HEADINGS.test(f))) {
          // An unnumbered section heading ("TỔ CHỨC THỰC HIỆN") in documents without roman numerals.
          section = newNode('section', '', '', line, classifySection(line));
          root.children.push(section);
          stack = [section];
          break;
        }
        top().body.push(line);
        break;
      }
    }
  }
  return root;
}

function isAncestorPath(node: OutlineNode, path: readonly number[]): boolean {
  if (node.kind !== 'item' || node.letter || node.path.length >= path.length) return false;
  return node.path.every((n, i) => path[i] === n);
}

function joinCode(prefix: string, label: string): string {
  return prefix === '' ? label : `${prefix}.${label}`;
}
