/**
 * Every value the parser knows for the open-ended string fields of a dump, as named data. These
 * are the union of what the real dumps 0.564, 0.732, 0.733 and 0.734 contain. A value outside a
 * list is not an error: Roblox adds tags, capabilities and categories all the time, so the parser
 * keeps the value and reports a `DumpWarning` naming it. To silence the warning for a value that
 * a new dump brought in, add it here.
 *
 * Closed vocabularies (MemberType and the type Category), whose unknown values would change what
 * an entity *is*, are not here: they are enforced by the schema in `dumpSchema.ts`.
 */

/** Ordered from open to closed: the diff's impact rules read a move to the right as a tightening. */
export const KNOWN_SECURITY_LEVELS: readonly string[] = [
  'None',
  'PluginSecurity',
  'LocalUserSecurity',
  'RobloxScriptSecurity',
  'RobloxSecurity',
  'NotAccessibleSecurity',
];

/** Ordered from closed to open: the diff's impact rules read a move to the right as a widening. */
export const KNOWN_THREAD_SAFETY: readonly string[] = ['Unsafe', 'ReadSafe', 'Safe'];

/** ThreadSafety inside the `{PreferredDescriptorName, ThreadSafety}` tag object. */
export const KNOWN_DESCRIPTOR_THREAD_SAFETY: readonly string[] = ['Unknown', 'Safe', 'ReadSafe', 'Unsafe'];

export const KNOWN_CAPABILITIES: readonly string[] = [
  'Animation', 'AssetCreateUpdate', 'AssetManagement', 'AssetRead', 'Audio', 'AvatarAppearance',
  'AvatarBehavior', 'Basic', 'CSG', 'CapabilityControl', 'Capture', 'Chat', 'Consequences',
  'CreateInstances', 'DataStore', 'DynamicGeneration', 'Environment', 'Groups', 'Input',
  'InternalTest', 'LegacySound', 'LoadOwnedAsset', 'LoadUnownedAsset', 'Logging', 'Material',
  'Monetization', 'Network', 'Physics', 'PlatformAvatarEditing', 'Players', 'PluginOrOpenCloud',
  'PromptExternalPurchase', 'RemoteCommand', 'RemoteEvent', 'ScriptGlobals', 'SensitiveInput',
  'ServerCommunication', 'Social', 'Teleport', 'UI',
];

export const KNOWN_CLASS_TAGS: readonly string[] = [
  'NotCreatable', 'NotReplicated', 'NotBrowsable', 'Service', 'Deprecated', 'PlayerReplicated',
  'Settings', 'UserSettings',
];

export const KNOWN_MEMBER_TAGS: readonly string[] = [
  'ReadOnly', 'WriteOnly', 'NotReplicated', 'NotScriptable', 'NotBrowsable', 'Hidden', 'Deprecated',
  'Yields', 'CanYield', 'NoYield', 'CustomLuaState',
];

export const KNOWN_ENUM_TAGS: readonly string[] = ['Deprecated'];

export const KNOWN_ENUM_ITEM_TAGS: readonly string[] = ['Deprecated', 'NotBrowsable'];

export const KNOWN_MEMORY_CATEGORIES: readonly string[] = [
  'Instances', 'Animation', 'BaseParts', 'GraphicsTexture', 'Gui', 'Internal', 'PhysicsParts', 'Script',
];

/** Property `Category` values: the groups a property editor shows properties under. */
export const KNOWN_PROPERTY_CATEGORIES: readonly string[] = [
  'Accessories', 'Advanced', 'AirProperties', 'AlignOrientation', 'AlignPosition', 'Alignment',
  'AlignmentMode', 'AngularLimits', 'AngularMotor', 'AngularServo', 'Animatable', 'Animation',
  'Appearance', 'Assembly', 'Asset', 'Attachments', 'Audio', 'Auto-Recovery', 'Axes', 'Balance',
  'BallSocket', 'Behavior', 'Benchmarking', 'Body Colors', 'Body Parts', 'Brows', 'Browsing', 'Cache',
  'Camera', 'Character', 'Character Jump Settings', 'Clothes', 'Collision', 'Compliance',
  'Composite Directions', 'Conditions', 'Configuration', 'Connections', 'Control', 'Control Points',
  'Controls', 'Cylinder', 'Data', 'Debug', 'Debugging', 'Derived', 'Derived Data',
  'Derived World Data', 'Diagnostics', 'Directories', 'Display', 'Drag Directions', 'Drag Limits',
  'Dragged Amount', 'Emission', 'Emitter', 'EmitterShape', 'Errors', 'EventReplicator', 'Explorer',
  'Exposure', 'Eyes', 'Flipbook', 'Fog', 'Forcefield', 'Friction', 'Game', 'General', 'Goals',
  'Haptic', 'Hinge', 'Image', 'Individual Corners', 'Input', 'Interactions', 'Internal', 'Jaw',
  'JobInfo', 'Jump Settings', 'Limits', 'Line', 'LineForce', 'Link', 'Listening', 'Localization',
  'Lua Debugger', 'Mapping', 'Material', 'Material Overrides', 'Material Pack', 'Metering', 'Mobile',
  'Mode', 'Mode Switching', 'Motion', 'Motor', 'Mouth', 'Movement', 'Networking', 'Output', 'Part',
  'Particles', 'Parts', 'Performance', 'Permissions', 'Physics', 'Physics Response', 'Pivot', 'Plane',
  'Playback', 'Primary Part', 'Profile', 'Proxy Settings', 'Range', 'Recording', 'Reflection',
  'Regions', 'RenderingTest', 'Replication', 'Results', 'Rod', 'Rope', 'Routing', 'Scale',
  'Script Editor', 'Script Editor Colors', 'Scripting', 'Scrolling', 'Selection', 'Server Authority',
  'Servo', 'Settings', 'Shape', 'Simulation', 'Size', 'Sizing', 'Slider', 'Spring', 'State',
  'State Editing', 'Streaming', 'Surface', 'Surface Inputs', 'TargetOrientation', 'Team', 'Teams',
  'Text', 'Thrust', 'Tongue', 'Tools', 'Torque', 'Tpose', 'Transform', 'Tuning', 'Turn',
  'TwistLimits', 'Undo', 'Universal', 'Updates', 'Vector', 'VectorForce', 'Video', 'Visualization',
  'Winch', 'animation',
];

/** The only dump format version seen so far (`Version` at the top level). */
export const KNOWN_FORMAT_VERSIONS: readonly number[] = [1];
