<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="95"/>
        <source>校长账户</source>
        <translation>Principal account</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="96"/>
        <source>第一个账户是校长，用它登录后再为老师们建立账户。</source>
        <translation>The first account is the principal&apos;s. Log in with it to create accounts for the teachers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="99"/>
        <source>登录名 *</source>
        <translation>Login *</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="100"/>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="101"/>
        <source>PIN *</source>
        <translation>PIN *</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="102"/>
        <source>再输一次 PIN *</source>
        <translation>PIN again *</translation>
    </message>
</context>
<context>
    <name>AdultsEditor</name>
    <message>
        <location filename="../../app/ui/adults_editor.py" line="73"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/adults_editor.py" line="74"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../app/ui/adults_editor.py" line="75"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/adults_editor.py" line="76"/>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../app/ui/adults_editor.py" line="77"/>
        <source>可接送</source>
        <translation>May collect</translation>
    </message>
    <message>
        <location filename="../../app/ui/adults_editor.py" line="87"/>
        <source>＋ 添加接送人</source>
        <translation>+ Add adult</translation>
    </message>
    <message>
        <location filename="../../app/ui/adults_editor.py" line="109"/>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/adults_editor.py" line="113"/>
        <source>手机或座机</source>
        <translation>Mobile or landline</translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="146"/>
        <source>记录联系…</source>
        <translation>Record contact…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="148"/>
        <source>消息放入发件箱</source>
        <translation>Queue messages</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="149"/>
        <source>导出发件箱…</source>
        <translation>Export outbox…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="184"/>
        <source>（已上报带班领导）</source>
        <translation> (escalated to the duty leader)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="186"/>
        <source>，已联系 %1 次未联系上</source>
        <translation>, %1 attempt(s) not reached</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="218"/>
        <source>没有未处理的提醒。</source>
        <translation>No open alerts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="225"/>
        <source>没有登记监护人电话。</source>
        <translation>No guardian phone on file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="250"/>
        <source>已记录：联系上 %1，提醒关闭。</source>
        <translation>Recorded: reached %1, alert closed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="254"/>
        <source>已记录：未联系上 %1，提醒仍然开着。</source>
        <translation>Recorded: %1 not reached, the alert stays open.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="264"/>
        <source>发件箱新增 %1 条消息，可导出后用学校的消息平台发送。</source>
        <translation>%1 message(s) added to the outbox; export them for the school's messaging platform.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="271"/>
        <source>导出发件箱</source>
        <translation>Export outbox</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="271"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="277"/>
        <source>已导出 %1 条消息到 %2。</source>
        <translation>Exported %1 message(s) to %2.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="35"/>
        <source>课后服务台已经在这台电脑上打开了这个数据库（另一个窗口正在使用）。请切换到已经打开的那个窗口，不要同时打开两份。</source>
        <translation>After-School Desk already has this database open on this PC (another window is using it). Switch to that window; do not open two copies.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="51"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="95"/>
        <source>自动备份失败</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="96"/>
        <source>今天的自动备份没有成功：</source>
        <translation>Today's automatic backup did not succeed:</translation>
    </message>
</context>
<context>
    <name>ClassDayModel</name>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="30"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="31"/>
        <source>学籍号</source>
        <translation>Registry no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="32"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="33"/>
        <source>签到</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="34"/>
        <source>去向 / 原因</source>
        <translation>Left with / reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="35"/>
        <source>提醒</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="43"/>
        <source>交给</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="47"/>
        <source>自行离校</source>
        <translation>Left alone</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="50"/>
        <source>转入延时托管</source>
        <translation>To extended care</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="61"/>
        <source>缺席未联系</source>
        <translation>Absent, not contacted</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="62"/>
        <source>延迟接走</source>
        <translation>Late pickup</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="71"/>
        <source>（迟到）</source>
        <translation> (late)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="50"/>
        <source>记录联系 — %1</source>
        <translation>Record contact — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="59"/>
        <source>联系上了</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="60"/>
        <source>没联系上</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="72"/>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="77"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="79"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="87"/>
        <source>联系了谁</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="88"/>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="89"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="90"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="91"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="101"/>
        <source>生病</source>
        <translation>Sick</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="101"/>
        <source>在家</source>
        <translation>At home</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="101"/>
        <source>家长已提前接走</source>
        <translation>Collected early</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="102"/>
        <location filename="../../app/ui/alert_panel.py" line="103"/>
        <source>原因不明</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="103"/>
        <source>家长在路上</source>
        <translation>Parent on the way</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="103"/>
        <source>委托他人来接</source>
        <translation>Someone else will collect</translation>
    </message>
</context>
<context>
    <name>DayPages</name>
    <message>
        <location filename="../../app/ui/day_common.py" line="103"/>
        <source>您还不是任何班级的班主任。请校长在教职工设置里指定班主任后再使用本页。</source>
        <translation>You are not the head teacher of any class yet. Ask the principal to assign you a class in the staff settings.</translation>
    </message>
</context>
<context>
    <name>DutyBoardModel</name>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="29"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="30"/>
        <source>管理老师</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="31"/>
        <source>报名</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="32"/>
        <source>到校</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="33"/>
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="34"/>
        <source>缺席未结</source>
        <translation>Absent open</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="35"/>
        <source>缺席已结</source>
        <translation>Absent closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="36"/>
        <source>已交接</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="37"/>
        <source>自行离校</source>
        <translation>Left alone</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="38"/>
        <source>延时托管</source>
        <translation>Extended care</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="39"/>
        <source>仍在校</source>
        <translation>Still here</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="40"/>
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="41"/>
        <source>延迟接走</source>
        <translation>Late pickup</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="59"/>
        <source>全校合计</source>
        <translation>School total</translation>
    </message>
</context>
<context>
    <name>DutyBoardPage</name>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="46"/>
        <source>值班看板</source>
        <translation>Duty board</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="52"/>
        <source>确认到岗</source>
        <translation>Confirm on post</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="54"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="79"/>
        <source>全校</source>
        <translation>Whole school</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="83"/>
        <source>如：完成数学作业，书法社团活动</source>
        <translation>e.g. maths homework, calligraphy club</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="84"/>
        <source>记下</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="100"/>
        <source>还有未处理事项时，写明原因才能签结（如：家长电话停机，已请村委会协助）</source>
        <translation>With open items, write the reason to sign off (e.g. parent's phone cut off, village committee asked to help)</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="102"/>
        <source>签结今天</source>
        <translation>Sign off today</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="115"/>
        <source>提醒</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="116"/>
        <source>值班记录</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="117"/>
        <source>签结</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="177"/>
        <source>%1 更新，每 30 秒自动刷新</source>
        <translation>Updated %1, refreshes every 30 s</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="179"/>
        <source>未排班</source>
        <translation>not rostered</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="181"/>
        <source>已于 %1 签结</source>
        <translation>signed off at %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="183"/>
        <source>%1 到岗</source>
        <translation>on post at %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="185"/>
        <source>尚未确认到岗</source>
        <translation>not yet on post</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="187"/>
        <source>带班领导：%1 · %2</source>
        <translation>Duty leader: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="191"/>
        <source>提醒（%1）</source>
        <translation>Alerts (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="201"/>
        <location filename="../../app/ui/duty_board_page.py" line="236"/>
        <source>今天已签结。</source>
        <translation>Today is signed off.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="203"/>
        <source>原因：%1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="205"/>
        <source>还有 %1 项未处理，处理完毕或写明原因后才能签结：</source>
        <translation>%1 open item(s): resolve them, or write the reason, to sign off:</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="209"/>
        <source>每位学生都已有去向，提醒都已关闭，可以签结。</source>
        <translation>Every pupil is accounted for and all alerts are closed: ready to sign off.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="212"/>
        <source>签结（%1）</source>
        <translation>Sign-off (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="219"/>
        <source>已确认到岗：%1。</source>
        <translation>On post at %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="229"/>
        <source>值班记录已保存。</source>
        <translation>Duty log saved.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../app/ui/handover_page.py" line="126"/>
        <source>放学交接</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="131"/>
        <source>扫接送卡（学籍号），或输入姓名 / 拼音首字母</source>
        <translation>Scan the pickup card (registry no.), or type a name / pinyin initials</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="143"/>
        <source>点接走学生的人（请核对本人）：</source>
        <translation>Tap the adult collecting the pupil (check the face):</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="147"/>
        <source>自行离校</source>
        <translation>Left alone</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="148"/>
        <source>转入延时托管</source>
        <translation>To extended care</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="149"/>
        <source>名单外的人…</source>
        <translation>Adult not on the list…</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="227"/>
        <source>⚠ 延迟接走 %1 人：请联系家长</source>
        <translation>⚠ %1 late pickup(s): contact the parents</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="229"/>
        <source>延迟接走提醒：无</source>
        <translation>Late pickups: none</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="239"/>
        <source>在校 %1 · 延时托管 %2 · 已离校 %3</source>
        <translation>Here %1 · extended care %2 · gone %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="242"/>
        <source>还没接走：%1 人</source>
        <translation>Not yet collected: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="261"/>
        <source>没有待交接的学生</source>
        <translation>No pupils waiting</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="267"/>
        <source>（%1 起）</source>
        <translation> (since %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="269"/>
        <source> · 有自行离校同意书</source>
        <translation> · may leave alone (permission on file)</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="293"/>
        <source>“%1”：本班待交接的学生中没有找到唯一的一位，请多输入几个字或点选。</source>
        <translation>“%1”: no single waiting pupil of this class matches; type more or tap the pupil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="301"/>
        <source>%1 已不在校：%2</source>
        <translation>%1 is no longer here: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="306"/>
        <source>请核对来接 %1 的人，再点他的名字。</source>
        <translation>Check the adult collecting %1, then tap their name.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="321"/>
        <source>%1 已交给 %2（%3），%t。</source>
        <translation>%1 handed to %2 (%3), %t.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="330"/>
        <source>%1 自行离校，%t。</source>
        <translation>%1 left alone, %t.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="338"/>
        <source>%1 转入延时托管，%t。</source>
        <translation>%1 moved to extended care, %t.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="348"/>
        <source>名单外的人不能由班主任放行：请今天的带班领导（或校长）来核实，由带班领导在本页点“名单外的人…”登记后放行。</source>
        <translation>A teacher cannot release a pupil to an adult not on the list: ask today's duty leader (or the principal) to check and record it with “Adult not on the list…” on this page.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="360"/>
        <source>%1 已交给名单外的 %2（%3），已记录放行理由，%t。</source>
        <translation>%1 handed to %2 (%3), not on the list; reason recorded, %t.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="43"/>
        <source>导入学生名册</source>
        <translation>Import pupil roster</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="48"/>
        <source>支持全国学籍系统导出的名册和班主任自己做的班级名单（.xlsx、.xls、.csv）。先检查不会改动任何数据；导入时有一行出错，整个文件都不会导入。</source>
        <translation>Accepts exports of the national pupil registry and teachers&apos; own class lists (.xlsx, .xls, .csv). Checking changes nothing; if any row is wrong, nothing from the file is imported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="55"/>
        <source>请选择名册文件</source>
        <translation>Choose a roster file</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="56"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="62"/>
        <source>先检查（不导入）</source>
        <translation>Check only (no import)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="63"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="65"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="66"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="100"/>
        <source>选择名册文件</source>
        <translation>Choose a roster file</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="102"/>
        <source>名册文件 (*.xlsx *.xls *.csv);;所有文件 (*)</source>
        <translation>Roster files (*.xlsx *.xls *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="127"/>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="127"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="141"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="151"/>
        <source>检查通过，尚未导入。确认无误后请点“导入”。</source>
        <translation>Check passed; nothing imported yet. Click “Import” when ready.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="153"/>
        <source>导入完成。</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="161"/>
        <source>文件有问题，没有导入任何数据：</source>
        <translation>The file has problems; nothing was imported:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="164"/>
        <source>导入时发生意外错误，没有导入任何数据：</source>
        <translation>Unexpected error while importing; nothing was imported:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="170"/>
        <source>已取消，没有导入任何数据。</source>
        <translation>Cancelled; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="40"/>
        <source>锁定 — 请重新登录</source>
        <translation>Locked — log in again</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="40"/>
        <location filename="../../app/ui/login_dialog.py" line="75"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="42"/>
        <source>课后服务台</source>
        <translation>After-School Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="54"/>
        <location filename="../../app/ui/login_dialog.py" line="92"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="57"/>
        <location filename="../../app/ui/login_dialog.py" line="94"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="66"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="66"/>
        <source>退格</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="81"/>
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="83"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="115"/>
        <source>请填写登录名。</source>
        <translation>Please enter a login.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="49"/>
        <source>课后服务台 — %1</source>
        <translation>After-School Desk — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="76"/>
        <source>学生名册</source>
        <translation>Pupil roster</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="77"/>
        <source>签到</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="78"/>
        <source>放学交接</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="79"/>
        <source>值班看板</source>
        <translation>Duty board</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="80"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>班主任/管理老师</source>
        <translation>Class teacher</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91"/>
        <source>带班领导</source>
        <translation>Duty leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92"/>
        <source>校长</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93"/>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94"/>
        <source>命令行</source>
        <translation>Command line</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <source>课后服务台</source>
        <translation>After-School Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="122"/>
        <source>%1（即将推出）</source>
        <translation>%1 (coming soon)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>当前账户暂时没有可以使用的页面。</source>
        <translation>This account has no pages to use yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>学校：%1</source>
        <translation>School: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>用户：%1（%2）</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156"/>
        <source>账户</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186"/>
        <source>界面语言已保存，下次启动程序时生效。</source>
        <translation>Language saved; it applies the next time the program starts.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../app/ui/handover_page.py" line="76"/>
        <source>名单外的人接走 — %1</source>
        <translation>Adult not on the list — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="82"/>
        <source>如：家长电话委托，已核实身份</source>
        <translation>e.g. asked by the parent by phone, identity checked</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="87"/>
        <source>名单上的接送人：%1。放行名单外的人须写明理由，记录会永久保存。</source>
        <translation>Adults on the list: %1. Releasing to anyone else needs a written reason, kept on record.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="88"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="92"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="93"/>
        <source>与学生的关系</source>
        <translation>Relation to the pupil</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="94"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="95"/>
        <source>放行理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="100"/>
        <source>放行并记录</source>
        <translation>Release and record</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="102"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PupilDialog</name>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="46"/>
        <source>新增学生</source>
        <translation>Add pupil</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="49"/>
        <source>编辑学生：%1</source>
        <translation>Edit pupil: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="53"/>
        <source>学生信息：%1</source>
        <translation>Pupil: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="62"/>
        <source>YYYY-MM-DD，例如 2018-03-04</source>
        <translation>YYYY-MM-DD, e.g. 2018-03-04</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="75"/>
        <source>学籍号</source>
        <translation>Registry no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="76"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="77"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="78"/>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="79"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="80"/>
        <source>学号</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="85"/>
        <source>重点关注（优先保障）</source>
        <translation>Priority groups</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="90"/>
        <source>监护人与接送人</source>
        <translation>Guardians and pickup adults</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="106"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="109"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="112"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../app/ui/roster_model.py" line="27"/>
        <source>学籍号</source>
        <translation>Registry no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_model.py" line="28"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_model.py" line="29"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_model.py" line="30"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_model.py" line="31"/>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_model.py" line="32"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_model.py" line="33"/>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../app/ui/roster_page.py" line="46"/>
        <source>学生名册</source>
        <translation>Pupil roster</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_page.py" line="51"/>
        <source>搜索：姓名、拼音首字母（如 zs）、全拼或学籍号</source>
        <translation>Search: name, pinyin initials (e.g. zs), full pinyin or registry no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_page.py" line="55"/>
        <source>新增学生</source>
        <translation>Add pupil</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_page.py" line="56"/>
        <source>导入名册</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_page.py" line="57"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_page.py" line="84"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_page.py" line="112"/>
        <source>全部班级</source>
        <translation>All classes</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_page.py" line="133"/>
        <source>%1 / %2 人</source>
        <translation>%1 / %2 pupils</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="50"/>
        <source>学校信息</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="51"/>
        <source>这些信息会印在台账和报表上，以后可以修改。</source>
        <translation>Printed on ledgers and reports; can be changed later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="53"/>
        <source>学校名称 *</source>
        <translation>School name *</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="54"/>
        <source>学校标识码</source>
        <translation>School code</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="55"/>
        <source>所属县（区） *</source>
        <translation>County (district) *</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="56"/>
        <source>学段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="59"/>
        <source>政策配置</source>
        <translation>Policy profile</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="127"/>
        <source>课后服务台 — 首次设置</source>
        <translation>After-School Desk — first-time setup</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="130"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="131"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="132"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="133"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="136"/>
        <source>例如：立岗镇中心小学</source>
        <translation>e.g. 立岗镇中心小学</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="138"/>
        <source>10位数字，可以以后再填</source>
        <translation>10 digits; may be filled in later</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="140"/>
        <source>例如：贺兰县</source>
        <translation>e.g. 贺兰县</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="144"/>
        <source>寄宿制学校</source>
        <translation>Boarding school</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="145"/>
        <source>乡村学校或教学点</source>
        <translation>Village school or teaching point</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="153"/>
        <source>留空则自动命名，如“2026-2027学年第一学期”</source>
        <translation>Leave empty to name it automatically</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="164"/>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="164"/>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="164"/>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="164"/>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="165"/>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="187"/>
        <source>4–12 位数字</source>
        <translation>4–12 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="231"/>
        <source>请填写登录名。</source>
        <translation>Please enter a login.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="233"/>
        <source>两次输入的 PIN 不一致。</source>
        <translation>The two PINs differ.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../app/ui/signin_page.py" line="49"/>
        <source>签到</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="54"/>
        <source>扫学生卡，或输入姓名 / 拼音首字母，回车签到</source>
        <translation>Scan the pupil card, or type a name / pinyin initials and press Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="55"/>
        <location filename="../../app/ui/signin_page.py" line="179"/>
        <source>全部到齐</source>
        <translation>All present</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="66"/>
        <source>到了</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="67"/>
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="68"/>
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="70"/>
        <source>原因（可不填）</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="77"/>
        <source>点“全部到齐”签到全班，再点没来的学生改为“缺席”或“请假”（先标记也可以）。</source>
        <translation>Tap All present to sign in the whole class, then tap each missing pupil and change them to Absent or Leave (marking them first also works).</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="95"/>
        <source>请假到</source>
        <translation>Leave until</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="109"/>
        <source>缺席提醒</source>
        <translation>Absence alerts</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="170"/>
        <source>应到 %1 · 已到 %2 · 请假 %3 · 缺席 %4 · 未到 %5</source>
        <translation>Expected %1 · arrived %2 · leave %3 · absent %4 · not arrived %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="177"/>
        <source>全部到齐（其余 %1 人）</source>
        <translation>All present (other %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="185"/>
        <source>⚠ %1 名学生缺席，尚未联系上家长 — 点这里处理</source>
        <translation>⚠ %1 pupil(s) absent, parents not reached — tap here</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="195"/>
        <source>（先点选学生）</source>
        <translation>(tap a pupil first)</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="220"/>
        <source>已签到 %1 人。</source>
        <translation>Signed in %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="232"/>
        <source>%1 已签到（%2）。</source>
        <translation>%1 signed in (%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="248"/>
        <source>有 %1 名学生符合“%2”，请再多输入几个字，或直接点选。</source>
        <translation>%1 pupils match “%2”; type more, or tap the pupil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="268"/>
        <source>%1 记为缺席，请联系家长。</source>
        <translation>%1 marked absent; please contact the parents.</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="288"/>
        <source>%1 请假已登记（%2 个服务日）。</source>
        <translation>Leave recorded for %1 (%2 service day(s)).</translation>
    </message>
</context>
<context>
    <name>TermPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="67"/>
        <source>第一个学期与班级</source>
        <translation>First term and classes</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="68"/>
        <source>学期起止日期决定哪些天开展课后服务；节假日会自动标出。</source>
        <translation>The term dates decide the service days; holidays are marked automatically.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="70"/>
        <source>学期名称</source>
        <translation>Term name</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="71"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="72"/>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="73"/>
        <source>每个年级的班级数</source>
        <translation>Classes per grade</translation>
    </message>
</context>
<context>
    <name>WindowsPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="79"/>
        <source>每周服务时间</source>
        <translation>Weekly service times</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="80"/>
        <source>不开展课后服务的日子请取消勾选（例如小学周三下午不开展）。</source>
        <translation>Untick days without after-school service (e.g. Wednesday afternoon in primary schools).</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="82"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="83"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
</context>
</TS>
