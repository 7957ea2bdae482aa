<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="94"/>
        <source>校长账户</source>
        <translation>Principal account</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="95"/>
        <source>第一个账户是校长，用它登录后再为老师们建立账户。</source>
        <translation>The first account is the principal&apos;s. Log in with it to create accounts for the teachers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="98"/>
        <source>登录名 *</source>
        <translation>Login *</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="99"/>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="100"/>
        <source>PIN *</source>
        <translation>PIN *</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="101"/>
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
        <location filename="../../app/ui/main_window.py" line="46"/>
        <source>课后服务台 — %1</source>
        <translation>After-School Desk — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="73"/>
        <source>学生名册</source>
        <translation>Pupil roster</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="74"/>
        <source>签到</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="75"/>
        <source>放学交接</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="76"/>
        <source>值班看板</source>
        <translation>Duty board</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="77"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82"/>
        <source>班主任/管理老师</source>
        <translation>Class teacher</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83"/>
        <source>带班领导</source>
        <translation>Duty leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84"/>
        <source>校长</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="85"/>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>命令行</source>
        <translation>Command line</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="102"/>
        <source>课后服务台</source>
        <translation>After-School Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>%1（即将推出）</source>
        <translation>%1 (coming soon)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130"/>
        <source>当前账户暂时没有可以使用的页面。</source>
        <translation>This account has no pages to use yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>学校：%1</source>
        <translation>School: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>用户：%1（%2）</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>账户</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="149"/>
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>界面语言已保存，下次启动程序时生效。</source>
        <translation>Language saved; it applies the next time the program starts.</translation>
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
        <location filename="../../app/ui/setup_wizard.py" line="49"/>
        <source>学校信息</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="50"/>
        <source>这些信息会印在台账和报表上，以后可以修改。</source>
        <translation>Printed on ledgers and reports; can be changed later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="52"/>
        <source>学校名称 *</source>
        <translation>School name *</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="53"/>
        <source>学校标识码</source>
        <translation>School code</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="54"/>
        <source>所属县（区） *</source>
        <translation>County (district) *</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="55"/>
        <source>学段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="58"/>
        <source>政策配置</source>
        <translation>Policy profile</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="126"/>
        <source>课后服务台 — 首次设置</source>
        <translation>After-School Desk — first-time setup</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="129"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="130"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="131"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="132"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="135"/>
        <source>例如：立岗镇中心小学</source>
        <translation>e.g. 立岗镇中心小学</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="137"/>
        <source>10位数字，可以以后再填</source>
        <translation>10 digits; may be filled in later</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="139"/>
        <source>例如：贺兰县</source>
        <translation>e.g. 贺兰县</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="143"/>
        <source>寄宿制学校</source>
        <translation>Boarding school</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="144"/>
        <source>乡村学校或教学点</source>
        <translation>Village school or teaching point</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="150"/>
        <source>留空则自动命名，如“2026-2027学年第一学期”</source>
        <translation>Leave empty to name it automatically</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="161"/>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="161"/>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="161"/>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="161"/>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="162"/>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="181"/>
        <source>4–12 位数字</source>
        <translation>4–12 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="213"/>
        <source>请填写登录名。</source>
        <translation>Please enter a login.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="215"/>
        <source>两次输入的 PIN 不一致。</source>
        <translation>The two PINs differ.</translation>
    </message>
</context>
<context>
    <name>TermPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="66"/>
        <source>第一个学期与班级</source>
        <translation>First term and classes</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="67"/>
        <source>学期起止日期决定哪些天开展课后服务；节假日会自动标出。</source>
        <translation>The term dates decide the service days; holidays are marked automatically.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="69"/>
        <source>学期名称</source>
        <translation>Term name</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="70"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="71"/>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="72"/>
        <source>每个年级的班级数</source>
        <translation>Classes per grade</translation>
    </message>
</context>
<context>
    <name>WindowsPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="78"/>
        <source>每周服务时间</source>
        <translation>Weekly service times</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="79"/>
        <source>不开展课后服务的日子请取消勾选（例如小学周三下午不开展）。</source>
        <translation>Untick days without after-school service (e.g. Wednesday afternoon in primary schools).</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="81"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="82"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
</context>
</TS>
