"""Words the rules layer hands the screens (pupil states, roles, weekdays, 备案 status, alert
kinds, priority groups, service modes …), translated where they are shown: ``label(text)``.

The rules keep their Chinese words (the command line and the printed Chinese forms use them);
this list marks every one for the translation tools. ``tests/gui/test_translation_complete.py``
checks that each word the rules define is listed here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

WORDS = [
    QT_TRANSLATE_NOOP("Labels", "未到"),
    QT_TRANSLATE_NOOP("Labels", "在校"),
    QT_TRANSLATE_NOOP("Labels", "缺席"),
    QT_TRANSLATE_NOOP("Labels", "请假"),
    QT_TRANSLATE_NOOP("Labels", "已交接"),
    QT_TRANSLATE_NOOP("Labels", "自行离校"),
    QT_TRANSLATE_NOOP("Labels", "延时托管"),
    QT_TRANSLATE_NOOP("Labels", "班主任/管理老师"),
    QT_TRANSLATE_NOOP("Labels", "带班领导"),
    QT_TRANSLATE_NOOP("Labels", "校长"),
    QT_TRANSLATE_NOOP("Labels", "系统管理员"),
    QT_TRANSLATE_NOOP("Labels", "命令行"),
    QT_TRANSLATE_NOOP("Labels", "无需备案"),
    QT_TRANSLATE_NOOP("Labels", "待备案"),
    QT_TRANSLATE_NOOP("Labels", "已备案"),
    QT_TRANSLATE_NOOP("Labels", "未通过"),
    QT_TRANSLATE_NOOP("Labels", "服务内容"),
    QT_TRANSLATE_NOOP("Labels", "突发情况"),
    QT_TRANSLATE_NOOP("Labels", "备注"),
    QT_TRANSLATE_NOOP("Labels", "电话"),
    QT_TRANSLATE_NOOP("Labels", "短信/微信"),
    QT_TRANSLATE_NOOP("Labels", "当面"),
    QT_TRANSLATE_NOOP("Labels", "其他"),
    QT_TRANSLATE_NOOP("Labels", "留守儿童"),
    QT_TRANSLATE_NOOP("Labels", "随迁子女"),
    QT_TRANSLATE_NOOP("Labels", "残疾"),
    QT_TRANSLATE_NOOP("Labels", "困境儿童"),
    QT_TRANSLATE_NOOP("Labels", "家庭经济困难"),
    QT_TRANSLATE_NOOP("Labels", "建档立卡"),
    QT_TRANSLATE_NOOP("Labels", "普惠托管"),
    QT_TRANSLATE_NOOP("Labels", "个性化课程"),
    QT_TRANSLATE_NOOP("Labels", "低保"),
    QT_TRANSLATE_NOOP("Labels", "特困"),
    QT_TRANSLATE_NOOP("Labels", "孤儿"),
    QT_TRANSLATE_NOOP("Labels", "其他困难"),
    QT_TRANSLATE_NOOP("Labels", "延迟接走"),
    QT_TRANSLATE_NOOP("Labels", "已联系到家长"),
    QT_TRANSLATE_NOOP("Labels", "学生已到校"),
    QT_TRANSLATE_NOOP("Labels", "学生已离校"),
    QT_TRANSLATE_NOOP("Labels", "一"),
    QT_TRANSLATE_NOOP("Labels", "二"),
    QT_TRANSLATE_NOOP("Labels", "三"),
    QT_TRANSLATE_NOOP("Labels", "四"),
    QT_TRANSLATE_NOOP("Labels", "五"),
    QT_TRANSLATE_NOOP("Labels", "六"),
    QT_TRANSLATE_NOOP("Labels", "日"),
]


def label(text: object) -> str:
    """The word in the interface language (unchanged in Chinese, or when it is not a word of
    the list)."""
    return QCoreApplication.translate("Labels", str(text))


def weekday(index: int) -> str:
    """Monday = 0 … Sunday = 6, as one word (一 … 日 in Chinese, Mon … Sun in English)."""
    from after_school_desk.domain.calendar import WEEKDAY_LABELS

    return label(WEEKDAY_LABELS[index])
