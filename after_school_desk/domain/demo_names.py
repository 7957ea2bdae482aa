"""Name material for the demo school: common surnames and given-name characters."""

from __future__ import annotations

import random

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
BOY_CHARS = "浩宇轩子涵博文俊杰明辉晨阳建国志强伟豪天佑嘉诚睿泽一鸣思远家乐子豪宏宇晓东雨辰梓航铭鑫"
GIRL_CHARS = "欣怡雨萱梓涵诗琪佳怡思彤紫萱可馨雅婷梦瑶欣然语嫣晓雪丽娜春燕美玲婉清子琪若曦雪晴"
ADULT_MALE = "建军国强志刚永红海涛立新德明文华春生卫东国庆小平福贵振华"
ADULT_FEMALE = "秀英桂兰玉梅丽华凤琴淑珍红霞春梅秀兰美玲小燕金花丽娟"

SCHOOL_PLACES = ["立岗镇", "习岗镇", "金贵镇", "洪广镇", "常信乡", "南梁台子", "暖泉"]
SCHOOL_KINDS = ["中心小学", "小学", "明德小学", "希望小学"]


def given_name(rng: random.Random, chars: str) -> str:
    length = rng.choice((1, 2, 2, 2))
    return "".join(rng.choice(chars) for _ in range(length))


def child_name(rng: random.Random, surname: str, sex: str) -> str:
    return surname + given_name(rng, BOY_CHARS if sex == "M" else GIRL_CHARS)


def adult_name(rng: random.Random, surname: str, sex: str) -> str:
    return surname + given_name(rng, ADULT_MALE if sex == "M" else ADULT_FEMALE)


def mobile(rng: random.Random) -> str:
    return rng.choice(
        ["138", "139", "137", "150", "151", "152", "158", "159", "182", "186", "187", "135"]
    ) + "".join(str(rng.randint(0, 9)) for _ in range(8))
