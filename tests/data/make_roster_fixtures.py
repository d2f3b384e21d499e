#!/usr/bin/env python3
"""Writes the roster import fixtures: the same rows as UTF-8 (with and without
BOM), GB18030 (as Chinese Excel saves CSV) and .xlsx. Each planted problem is
named in the 备注 column. Run once; the outputs are committed."""
import zipfile

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

def cid(region, birth, seq):
    first = f"{region}{birth}{seq:03d}"
    return first + "10X98765432"[sum(int(c) * w for c, w in zip(first, W)) % 11]

ZXM = cid("654002", "20170312", 27)
LSY = cid("654002", "20181105", 48)
WHR = cid("654002", "20160620", 71)
CJY = cid("654002", "20150918", 92)
BAD = cid("654002", "20170101", 13)[:-1] + ("1" if cid("654002", "20170101", 13)[-1] != "1" else "2")
QQ = cid("654002", "20160506", 24)
SB = cid("654002", "20160807", 35)

HEAD = ["序号", "姓名", "性别", "出生日期", "身份证号", "年级", "班级", "残疾类别", "残疾等级", "残疾证号",
        "安置方式", "班主任", "家长姓名", "联系电话", "家庭住址", "备注"]
ROWS = [
    ["1", "张小明", "男", "2017-03-12", ZXM, "三年级", "2班", "智力", "四级", ZXM + "54", "随班就读", "王丽", "张建军", "13709991201", "解放路1号", "正常"],
    ["2", "李思雨", "女", "2018.11.5", LSY, "2", "1", "孤独症", "", "", "随班就读", "李建国", "王芳", "13809992302", "", "点分日期"],
    ["3", "王浩然", "男", "2016年6月20日", WHR, "四年级", "（3）班", "学习障碍", "", "", "", "古丽娜尔·吐尔逊", "王军", "13909993501", "", "中文日期"],
    ["4", "陈佳怡", "女", "２０１５／９／１８", CJY, "五", "1班", "听力残疾", "三级", CJY + "23", "随班就读", "陈红", "陈海", "13609994601", "", "全角日期"],
    ["5", "", "男", "2017-01-01", "", "三年级", "1班", "智力", "四级", "", "随班就读", "", "", "", "", "缺姓名"],
    ["6", "刘子轩", "男", "2019-02-30", "", "一年级", "2班", "多动症", "", "", "随班就读", "刘芳", "", "", "", "不存在的日期"],
    ["7", "赵六", "男", "2017-01-01", BAD, "三年级", "1班", "言语", "四级", "", "随班就读", "", "", "", "", "校验位错误"],
    ["8", "钱七", "女", "2016-05-07", QQ, "四年级", "2班", "视力", "四级", "", "随班就读", "", "", "", "", "出生日期与身份证不符"],
    ["9", "孙八", "男", "2016-08-07", SB, "四年级", "3班", "听力", "三级", SB + "13", "随班就读", "", "", "", "", "残疾证与类别不符"],
    ["10", "张小明", "男", "2017-03-12", ZXM, "三年级", "2班", "智力", "四级", "", "随班就读", "王丽", "", "", "", "文件内重复"],
]

def csv_text():
    lines = [",".join(HEAD)] + [",".join(r) for r in ROWS]
    return "\r\n".join(lines) + "\r\n"

open("roster_utf8.csv", "w", encoding="utf-8", newline="").write(csv_text())
open("roster_utf8_bom.csv", "w", encoding="utf-8-sig", newline="").write(csv_text())
open("roster_gb18030.csv", "w", encoding="gb18030", newline="").write(csv_text())

def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

strings = []
def sidx(v):
    if v not in strings:
        strings.append(v)
    return strings.index(v)

def esc(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def write_xlsx(filename, head, rows, title, excel_date_cell=None, inline_cell=None):
    """A minimal workbook: a title row, the header, then the rows as shared
    strings; the first column stays a number."""
    strings.clear()
    rows_xml = []
    # A title row above the header, as schools' rosters have.
    rows_xml.append('<row r="1"><c r="A1" t="s"><v>%d</v></c></row>' % sidx(title))
    for ri, row in enumerate([head] + rows, start=2):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{col(ci)}{ri}"
            if v == "":
                continue
            if ri > 2 and ci == 0:
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')           # numbers stay numbers
            elif excel_date_cell == (ri, ci):
                cells.append(f'<c r="{ref}" s="1"><v>42806</v></c>')   # 2017-03-12 as an Excel date
            elif inline_cell == (ri, ci):
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{esc(v)}</t></is></c>')
            else:
                cells.append(f'<c r="{ref}" t="s"><v>{sidx(v)}</v></c>')
        rows_xml.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(rows_xml) + "</sheetData></worksheet>")
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f"<si><t>{esc(s)}</t></si>" for s in strings) + "</sst>")
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '</Relationships>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                     '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                     '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                     '</Types>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                 '</Relationships>')
    with zipfile.ZipFile(filename, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", root_rels)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr("xl/sharedStrings.xml", sst)


write_xlsx("roster.xlsx", HEAD, ROWS, "随班就读学生花名册", excel_date_cell=(3, 3), inline_cell=(4, 1))

open("not_a_roster.csv", "w", encoding="utf-8").write("foo,bar\n1,2\n")
open("broken.xlsx", "wb").write(b"PK\x03\x04 this is not really a zip")

# The "held-out" roster, as a real school's file arrives: a certificate that
# disagrees with the category on row 1, a padded two-character name, a
# transliterated name with a bullet for its middle dot, a skipped row followed
# by its corrected repeat, an invalid ID number, sex against the ID, a phone
# number that cannot be one.
GLN = cid("654002", "20160411", 12)      # even sequence: female
LS = cid("654002", "20170823", 33)
MMT = cid("654002", "20150302", 55)      # odd: male
ZJ = cid("654002", "20160228", 77)
WRONG = cid("654002", "20170505", 19)    # odd: male, as the row says
WRONG_BAD = WRONG[:-1] + ("1" if WRONG[-1] != "1" else "2")
HY = cid("654002", "20161010", 91)       # odd: male, the row says 女
HEADOUT = ["序号", "姓名", "性别", "出生日期", "身份证号", "年级", "班级", "残疾类别", "残疾等级", "残疾证号",
           "安置方式", "联系电话", "备注"]
HELDOUT = [
    ["1", "古丽米拉", "女", "2016-04-11", GLN, "四年级", "1班", "听力", "三级", GLN + "13", "随班就读", "13909981101", "证号为视力，类别为听力"],
    ["2", "李 思", "男", "2017-08-23", LS, "三年级", "2班", "言语", "四级", "", "随班就读", "13909981102", "名字中间有空格"],
    ["3", "买买提•艾力", "男", "2015-03-02", MMT, "五年级", "3班", "肢体", "三级", MMT + "43", "随班就读", "0991-2345678", "圆点写法不同"],
    ["4", "周杰", "男", "2016-02-28", ZJ, "十三年级", "1班", "学习障碍", "", "", "随班就读", "", "年级写错，跳过"],
    ["5", "周杰", "男", "2016-02-28", ZJ, "四年级", "1班", "学习障碍", "", "", "随班就读", "", "改正后的同一学生"],
    ["6", "吴一凡", "男", "2017-05-05", WRONG_BAD, "三年级", "1班", "智力", "四级", "", "随班就读", "", "身份证校验位错误"],
    ["7", "何雨", "女", "2016-10-10", HY, "四年级", "2班", "孤独症", "", "", "随班就读", "1234", "性别与身份证不符，电话不可能"],
]
HELDOUT_FIXED_ID = WRONG   # the correction the GUI test types for row 6

def heldout_csv():
    return "\r\n".join([",".join(HEADOUT)] + [",".join(r) for r in HELDOUT]) + "\r\n"

open("roster_heldout.csv", "w", encoding="gb18030", newline="").write(heldout_csv())
write_xlsx("roster_heldout.xlsx", HEADOUT, HELDOUT, "2026学年随班就读学生花名册")
open("roster_heldout_fixed_id.txt", "w", encoding="utf-8").write(HELDOUT_FIXED_ID + "\n")

