"""Every table of the emulator, and which VICIdial table each stands for."""

from app.state.base import Base, Model
from app.state.models.admin_log import AdminLogEntry
from app.state.models.call_extras import CallLogDetail, Recording, UrlLogEntry
from app.state.models.calls import AgentSession, CallLog, LiveCall, Phone
from app.state.models.dialing import (
    CampaignDncNumber,
    DncNumber,
    GroupAlias,
    ManualDialQueueEntry,
)
from app.state.models.fronter import CrossClusterCall, RecentSession
from app.state.models.ingroups import InGroupAgent, LiveInboundAgent
from app.state.models.leads import (
    Campaign,
    CampaignStatus,
    InGroup,
    Lead,
    LeadList,
    LeadMessage,
    Status,
)
from app.state.models.log import ApiLogEntry, ApiUrl
from app.state.models.non_agent import (
    AgentLogEntry,
    AltPhone,
    ArchivedCallback,
    Callback,
    ChatMessage,
    HopperEntry,
    ListField,
    LiveChat,
    NanpaPrefix,
    ParkedChannel,
    PhoneCode,
    PostalCode,
    UserLogEntry,
)
from app.state.models.remote_control import CloserLog, ManagerCommand
from app.state.models.screen import AgentScreen, EmulatorSetting
from app.state.models.screen_extras import (
    AgentDebugLogEntry,
    AgentNotification,
    LiveChannel,
    QueuedEmail,
)
from app.state.models.screen_logs import (
    AgentFunctionLogEntry,
    NotificationDelivery,
    ParkLogEntry,
    UserDialLogEntry,
)
from app.state.models.session_more import SessionData
from app.state.models.system import IpList, IpListEntry, Server, SystemSettings, User, UserGroup
from app.state.models.transfers import SipChannel, ThreeWayMultiDial, ThreeWayPressCall
from app.state.models.voicemail import (
    AgentMessagePick,
    AudioFile,
    DailyMessageCount,
    SettingsContainer,
    TtsPrompt,
    VmMessageGroup,
    VmMessageGroupEntry,
    WildcardRule,
)

ALL_MODELS: tuple[type[Model], ...] = (
    SystemSettings, Server, User, UserGroup, IpList, IpListEntry,
    Campaign, CampaignStatus, InGroup, LeadList, Lead, LeadMessage, Status,
    AgentSession, LiveCall, CallLog, Phone, CallLogDetail, Recording, UrlLogEntry,
    VmMessageGroup, VmMessageGroupEntry, AgentMessagePick, DailyMessageCount,
    WildcardRule, TtsPrompt, SettingsContainer, AudioFile,
    ApiLogEntry, ApiUrl,
    AgentScreen, EmulatorSetting,
    GroupAlias, DncNumber, CampaignDncNumber, ManualDialQueueEntry,
    ManagerCommand, CloserLog, SipChannel, ThreeWayPressCall, ThreeWayMultiDial,
    SessionData,
    InGroupAgent, LiveInboundAgent, AdminLogEntry,
    AgentNotification, QueuedEmail, AgentDebugLogEntry, LiveChannel,
    RecentSession, CrossClusterCall,
    HopperEntry, Callback, ArchivedCallback, AltPhone, AgentLogEntry, UserLogEntry,
    ParkedChannel, LiveChat, ChatMessage, ListField,
    PhoneCode, PostalCode, NanpaPrefix,
    AgentFunctionLogEntry, UserDialLogEntry, NotificationDelivery, ParkLogEntry,
)

BY_VICIDIAL_TABLE: dict[str, type[Model]] = {m.__vicidial__: m for m in ALL_MODELS}
BY_DOMAIN_TABLE: dict[str, type[Model]] = {m.__tablename__: m for m in ALL_MODELS}

__all__ = [
    "ALL_MODELS", "BY_DOMAIN_TABLE", "BY_VICIDIAL_TABLE", "Base", "Model",
    "AgentScreen", "EmulatorSetting",
    "CampaignDncNumber", "DncNumber", "ManualDialQueueEntry",
    "CloserLog", "GroupAlias", "ManagerCommand", "SipChannel", "ThreeWayMultiDial",
    "ThreeWayPressCall",
    "Recording", "SessionData",
    "AgentDebugLogEntry", "AgentNotification", "LiveChannel", "QueuedEmail",
    "AgentFunctionLogEntry", "NotificationDelivery", "ParkLogEntry", "UserDialLogEntry",
    "AdminLogEntry", "InGroupAgent", "LiveInboundAgent",
    "CrossClusterCall", "RecentSession",
    "AgentLogEntry", "AltPhone", "ArchivedCallback", "Callback", "ChatMessage", "HopperEntry",
    "ListField", "LiveChat", "NanpaPrefix",
    "ParkedChannel", "PhoneCode", "PostalCode", "UserLogEntry",
    "AgentMessagePick", "AgentSession", "ApiLogEntry", "ApiUrl", "AudioFile", "CallLog",
    "CallLogDetail",
    "Campaign", "CampaignStatus", "DailyMessageCount", "InGroup", "IpList", "IpListEntry", "Lead",
    "LeadList", "LeadMessage", "LiveCall", "Phone", "Server", "SettingsContainer",
    "Status", "SystemSettings", "TtsPrompt", "User", "UserGroup", "VmMessageGroup",
    "VmMessageGroupEntry", "WildcardRule",
]
